import { useMemo, useState } from 'react';
import { useLang, useMessages } from '../i18n/i18n';
import { showDate, toDays } from './dates';
import { EXPLORER_MESSAGES, type ExplorerKey } from './explorer-messages';
import type { FamilyEvent, FamilyEventKind, FamilyPerson, TimelineAddress } from './family.types';
import { caseKindLabel, categoryColour } from './genogram/categories';
import styles from './explorer.module.css';

interface Props {
  events: FamilyEvent[];
  persons: FamilyPerson[];
  from: string;
  to: string;
  asOf: string;
  /** the person chosen in the genogram: the timeline shows them until the user picks another */
  personId: string | null;
  onPerson(personId: string | null): void;
  onDate(date: string): void;
}

const KINDS: FamilyEventKind[] = ['birth', 'death', 'partnership', 'marriage', 'separation', 'divorce', 'move', 'case'];
const KIND_COLOUR: Record<string, string> = {
  birth: '#2e8b57',
  death: '#1f2933',
  partnership: '#8e44ad',
  marriage: '#8e44ad',
  separation: '#a0522d',
  divorce: '#a0522d',
  move: '#7b8794',
};

/**
 * The family's events in date order: births, deaths (with the cause where a case says so),
 * partnerships, moves (from → to, once each) and cases; filtered by person and kind. Choosing an
 * event sets the as-of date, so the genogram shows the family on that day.
 */
export function TimelinePanel({ events, persons, from, to, asOf, personId, onPerson, onDate }: Props) {
  const t = useMessages(EXPLORER_MESSAGES);
  const { lang } = useLang();
  const [kind, setKind] = useState<FamilyEventKind | ''>('');
  const name = useMemo(() => new Map(persons.map((p) => [p.id, p.name])), [persons]);
  const shown = events.filter((e) => (!personId || e.personId === personId || e.otherPersonId === personId) && (!kind || e.kind === kind));
  const start = toDays(from);
  const span = Math.max(1, toDays(to) - start);
  const pos = (date: string) => `${Math.min(100, Math.max(0, ((toDays(date) - start) / span) * 100)).toFixed(2)}%`;
  const address = (a: TimelineAddress | null) => (a ? [a.street, a.city].filter(Boolean).join(', ') : '');
  const text = (e: FamilyEvent) => {
    const who = name.get(e.personId) ?? e.personId;
    const other = e.otherPersonId ? (name.get(e.otherPersonId) ?? e.otherPersonId) : '';
    const category = (lang === 'da' ? e.categoryLabelDa : e.categoryLabelEn) ?? e.category ?? '';
    const withSub = caseKindLabel(e.category ?? '', e.subcategory, lang, category);
    switch (e.kind) {
      case 'birth':
        return t('eventBirth', { name: who });
      case 'death':
        return e.category ? t('eventDeathCause', { name: who, cause: withSub }) : t('eventDeath', { name: who });
      case 'partnership':
        return t('eventPartnership', { name: who, other });
      case 'marriage':
        return t('eventMarriage', { name: who, other });
      case 'separation':
        return t('eventSeparation', { name: who, other });
      case 'divorce':
        return t('eventDivorce', { name: who, other });
      case 'move':
        return e.fromAddress
          ? t('eventMove', { name: who, from: address(e.fromAddress), to: address(e.toAddress) })
          : t('eventFirstMove', { name: who, to: address(e.toAddress) });
      default:
        return t('eventCase', { name: who, category: withSub, role: e.role ? t(`role.${e.role}` as ExplorerKey) : '' });
    }
  };
  const colour = (e: FamilyEvent) => (e.kind === 'case' && e.category ? categoryColour(e.category) : (KIND_COLOUR[e.kind] ?? '#7b8794'));

  return (
    <section className={styles.timeline} aria-labelledby="timeline-h" data-testid="timeline">
      <div className={styles.timelineHead}>
        <h2 id="timeline-h">{t('familyTimeline')}</h2>
        <label>
          {t('filterPerson')}{' '}
          <select value={personId ?? ''} onChange={(e) => onPerson(e.target.value || null)} data-testid="timeline-person">
            <option value="">{t('allPersons')}</option>
            {persons.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterKind')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as FamilyEventKind | '')} data-testid="timeline-kind">
            <option value="">{t('allKinds')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`event.${k}` as ExplorerKey)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small" role="status">
          {t('eventsShown', { shown: shown.length, total: events.length })}
        </span>
      </div>
      <div className={styles.timelineStrip} aria-hidden="true">
        {shown.map((e, i) => (
          <span
            key={i}
            className={e.kind === 'move' ? `${styles.tick} ${styles.tickMove}` : styles.tick}
            style={{ left: pos(e.date), background: colour(e) }}
            title={`${showDate(e.date, lang)} ${text(e)}`}
          />
        ))}
        <span className={styles.tickAsOf} style={{ left: pos(asOf) }} />
        <span className={styles.stripFrom}>{from.slice(0, 4)}</span>
        <span className={styles.stripTo}>{to.slice(0, 4)}</span>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t('noEvents')}</p>
      ) : (
        // The list scrolls: it is a focusable region so keyboards can scroll it too.
        <div className={styles.timelineScroll} tabIndex={0} role="region" aria-label={t('familyTimeline')}>
          <ol className={styles.timelineList}>
            {shown.map((e, i) => (
              <li
                key={`${e.date}-${e.kind}-${e.personId}-${e.caseId ?? i}`}
                className={e.date > asOf ? styles.afterAsOf : e.date === asOf ? styles.atAsOf : undefined}
                data-kind={e.kind}
                data-date={e.date}
                data-person-id={e.personId}
              >
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onDate(e.date)}
                  title={t('setDate', { date: showDate(e.date, lang) })}
                >
                  <time dateTime={e.date}>{showDate(e.date, lang)}</time>
                </button>{' '}
                <span className={styles.swatch} style={{ background: colour(e) }} aria-hidden="true" />
                <span className={styles.eventKind}>{t(`event.${e.kind}` as ExplorerKey)}</span> {text(e)}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
