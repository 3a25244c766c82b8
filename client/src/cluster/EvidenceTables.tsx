import { useState, type ReactNode } from 'react';
import { storedCode } from '../api/enum-codes';
import type { Lang } from '../i18n/i18n';
import { useMessages } from '../i18n/i18n';
import { label, useReviewT } from '../review/format';
import { showDate } from '../ui/format';
import { CASE_DETAIL } from '../review/review-queries';
import type { CaseDetail, Evidence, FlagDetail } from '../review/review.types';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { EVIDENCE_MESSAGES, type EvidenceKey } from './evidence-messages';
import styles from './cluster.module.css';
import signalStyles from '../ui/signals.module.css';
import tableStyles from '../ui/table.module.css';

/** A column: its heading and its cell; a column no row has a value for is left out. */
interface Column {
  key: EvidenceKey;
  cell(e: Evidence): ReactNode;
}

type Group = 'case' | 'move' | 'co-resident' | 'indicator' | 'address' | 'other';
const GROUPS: Group[] = ['case', 'move', 'co-resident', 'indicator', 'address', 'other'];

/** Which table an evidence record belongs in (older rules call a move "residence" and a co-resident "person"). */
function groupOf(e: Evidence): Group {
  if (e.kind === 'CASE') return 'case';
  if (e.kind === 'MOVE' || e.kind === 'RESIDENCE') return 'move';
  if (e.kind === 'CO_RESIDENT' || e.kind === 'PERSON') return 'co-resident';
  if (e.kind === 'INDICATOR') return 'indicator';
  if (e.kind === 'ADDRESS') return 'address';
  return 'other';
}

const present = (v: ReactNode) => v !== null && v !== undefined && v !== '' && v !== false;

/**
 * A signal's evidence as one table per kind, each with its own columns: cases (date, category,
 * role that counted, district, matched keyword, category weight, newest), moves (date, from → to,
 * municipality), persons at the address (name, age, since, relation), indicators. Optional
 * fields may be absent: a column shows only when some row has it.
 */
export function EvidenceTables({ flag, evidence, lang }: { flag: FlagDetail; evidence: Evidence[]; lang: Lang }) {
  const t = useMessages(EVIDENCE_MESSAGES);
  const rt = useReviewT();
  const members = new Map(flag.members.map((m) => [m.personId, m]));
  const childName = new Map(flag.members.filter((m) => m.relation === 'CHILD').map((m) => [m.personId, m.name]));
  const personOf = (e: Evidence) => members.get(e.personId ?? e.id);
  const relationOf = (e: Evidence) => {
    if (e.relation) return label(rt, 'relation', e.relation);
    const m = personOf(e);
    const r = m?.relations.find((x) => x.relation !== 'SELF');
    return r ? `${label(rt, 'relation', storedCode(r.relation))} – ${childName.get(r.childId) ?? ''}` : '';
  };
  const address = (text: string | null | undefined, id: string | null | undefined) => text ?? id ?? null;
  /** A district or municipality by name, its code as a tooltip (the code alone when the reference data lacks it). */
  const named = (name: string | null | undefined, code: string | null | undefined) =>
    code ? name ? <span title={code}>{name}</span> : code : null;
  const municipality = (e: Evidence) => named(e.municipalityName, e.municipality);
  const columns: Record<Group, Column[]> = {
    case: [
      { key: 'date', cell: (e) => showDate(e.date, lang) },
      { key: 'category', cell: (e) => e.categoryLabel ?? e.category },
      { key: 'role', cell: (e) => (e.role ? label(rt, 'role', e.role) : null) },
      { key: 'district', cell: (e) => named(e.districtName, e.district) },
      { key: 'keyword', cell: (e) => e.matchedKeyword },
      { key: 'weight', cell: (e) => (e.categoryWeight ?? null) as ReactNode },
      { key: 'current', cell: (e) => (e.current ? t('currentYes') : null) },
    ],
    move: [
      { key: 'date', cell: (e) => showDate(e.date, lang) },
      {
        key: 'move',
        cell: (e) => {
          const from = address(e.fromAddress, e.fromAddressId);
          const to = address(e.toAddress, e.toAddressId);
          return from || to ? `${from ?? t('unknownAddress')} → ${to ?? t('unknownAddress')}` : null;
        },
      },
      { key: 'municipality', cell: municipality },
    ],
    'co-resident': [
      { key: 'name', cell: (e) => e.name ?? personOf(e)?.name ?? e.personId ?? e.id },
      { key: 'age', cell: (e) => (e.age ?? personOf(e)?.age ?? null) as ReactNode },
      { key: 'since', cell: (e) => (e.since ? showDate(e.since, lang) : null) },
      { key: 'relation', cell: relationOf },
    ],
    indicator: [
      { key: 'date', cell: (e) => showDate(e.date, lang) },
      { key: 'category', cell: (e) => e.categoryLabel ?? e.category },
      { key: 'detail', cell: (e) => e.detail },
      { key: 'municipality', cell: municipality },
    ],
    address: [
      { key: 'date', cell: (e) => showDate(e.date, lang) },
      { key: 'record', cell: (e) => (e.id === flag.address?.id ? `${flag.address.street}, ${flag.address.city}` : e.id) },
      { key: 'municipality', cell: municipality },
    ],
    other: [
      { key: 'kind', cell: (e) => e.kind },
      { key: 'date', cell: (e) => showDate(e.date, lang) },
      { key: 'record', cell: (e) => e.id },
      { key: 'detail', cell: (e) => e.detail },
    ],
  };

  return (
    <>
      {GROUPS.map((group) => {
        const rows = evidence.filter((e) => groupOf(e) === group);
        if (rows.length === 0) return null;
        const shown = columns[group].filter((c) => rows.some((e) => present(c.cell(e))));
        const span = shown.length + (group === 'case' ? 1 : 0);
        return (
          <table key={group} className={`${tableStyles.compact} ${signalStyles.evidence}`} data-evidence={group}>
            <caption>{t(`table.${group}` as EvidenceKey)}</caption>
            <thead>
              <tr>
                {shown.map((c) => (
                  <th key={c.key} scope="col">
                    {t(c.key)}
                  </th>
                ))}
                {group === 'case' && (
                  <th scope="col">
                    <span className="visually-hidden">{rt('cluster.showCase')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((e, i) => (
                <EvidenceRow key={`${e.id}-${i}`} flagId={flag.id} evidence={e} span={span} withCase={group === 'case'}>
                  {shown.map((c) => (
                    <td key={c.key} className={c.key === 'age' || c.key === 'weight' ? 'num' : undefined}>
                      {c.cell(e) ?? ''}
                    </td>
                  ))}
                </EvidenceRow>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}

/** A row; for a case, a button that fetches the case's details (a separate, logged read). */
function EvidenceRow(props: { flagId: string; evidence: Evidence; span: number; withCase: boolean; children: ReactNode }) {
  const { flagId, evidence, span, withCase, children } = props;
  const t = useReviewT();
  const read = usePersonRead();
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const show = async () => {
    setBusy(true);
    setError(null);
    try {
      setDetail((await read(CASE_DETAIL, { flagId, caseId: evidence.id })).flagCaseDetail);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <tr data-evidence-id={evidence.id}>
        {children}
        {withCase && (
          <td>
            {detail ? (
              <button type="button" className="link-button small" onClick={() => setDetail(null)}>
                {t('cluster.hideCase')}
              </button>
            ) : (
              <button type="button" className="link-button small" onClick={() => void show()} disabled={busy} data-case-id={evidence.id}>
                {t('cluster.showCase')}
              </button>
            )}
          </td>
        )}
      </tr>
      {(detail || error) && (
        <tr className="case-detail-row">
          <td colSpan={span}>
            <ErrorNotice error={error} />
            {detail && (
              <dl className={styles.caseDetail} data-testid="case-detail">
                <dt>{t('cluster.journalNo')}</dt>
                <dd>{detail.journalNo}</dd>
                <dt>{t('cluster.summary')}</dt>
                <dd>{detail.summary ?? '—'}</dd>
                <dt>{t('cluster.keywords')}</dt>
                <dd>{detail.keywords.join(', ') || '—'}</dd>
                <dt>{t('cluster.involved')}</dt>
                <dd>{detail.involved.map((i) => `${i.name} (${label(t, 'role', i.role)})`).join(', ')}</dd>
                <dd className="muted small">{t('cluster.caseLogged')}</dd>
              </dl>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
