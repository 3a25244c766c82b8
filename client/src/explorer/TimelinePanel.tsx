import { useEffect, useState } from 'react';
import { useLang, useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../shell/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { showDate, toDays } from './dates';
import { EXPLORER_MESSAGES, type ExplorerKey } from './explorer-messages';
import type { TimelineEvent } from './family.types';
import { categoryColour } from './genogram/categories';
import { TIMELINE } from './queries';

interface Props {
  personId: string;
  name: string;
  from: string;
  to: string;
  asOf: string;
}

/** A person's cases and moves in date order: a strip to see the rhythm, a list to read it. */
export function TimelinePanel({ personId, name, from, to, asOf }: Props) {
  const t = useMessages(EXPLORER_MESSAGES);
  const { lang } = useLang();
  const read = usePersonRead();
  const [events, setEvents] = useState<TimelineEvent[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    read<{ personTimeline: { events: TimelineEvent[] } }>(TIMELINE, { personId, from, to }, abort.signal)
      .then((d) => setEvents(d.personTimeline.events))
      .catch((e: unknown) => !abort.signal.aborted && setError(e));
    return () => abort.abort();
  }, [personId, from, to, read]);

  const start = toDays(from);
  const span = Math.max(1, toDays(to) - start);
  const pos = (date: string) => `${(((toDays(date) - start) / span) * 100).toFixed(2)}%`;
  const label = (e: TimelineEvent) => {
    if (e.kind === 'case') return `${lang === 'da' ? e.categoryLabelDa : e.categoryLabelEn} (${t(`role.${e.role}` as ExplorerKey)})`;
    const address = [e.street, e.city].filter(Boolean).join(', ');
    return e.kind === 'move-in' ? t('moveIn', { address }) : t('moveOut', { address });
  };

  return (
    <section className="timeline" aria-label={t('timelineFor', { name })} data-testid="timeline">
      <h2>{t('timelineFor', { name })}</h2>
      <ErrorNotice error={error} />
      {events && (
        <>
          <div className="timeline-strip" aria-hidden="true">
            {events.map((e, i) => (
              <span
                key={i}
                className={`tick tick-${e.kind}`}
                style={{ left: pos(e.date), background: e.category ? categoryColour(e.category) : undefined }}
                title={`${showDate(e.date, lang)} ${label(e)}`}
              />
            ))}
            <span className="tick-as-of" style={{ left: pos(asOf) }} />
            <span className="strip-from">{from.slice(0, 4)}</span>
            <span className="strip-to">{to.slice(0, 4)}</span>
          </div>
          {events.length === 0 ? (
            <p className="muted">{t('noEvents')}</p>
          ) : (
            <ol className="timeline-list">
              {events.map((e, i) => (
                <li key={i} className={e.date > asOf ? 'after-as-of' : undefined} title={e.date > asOf ? t('afterAsOf') : undefined}>
                  <time dateTime={e.date}>{showDate(e.date, lang)}</time>{' '}
                  {e.category && <span className="swatch" style={{ background: categoryColour(e.category) }} aria-hidden="true" />}
                  {label(e)}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
