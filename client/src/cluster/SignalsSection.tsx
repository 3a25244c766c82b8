import { useState } from 'react';
import type { Lang } from '../i18n/i18n';
import { ErrorNotice } from '../shell/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { label, showDate, useReviewT } from '../review/format';
import { CASE_DETAIL } from '../review/review-queries';
import type { CaseDetail, FlagDetail, Signal } from '../review/review.types';

/** Each rule that fired, in plain language, with its evidence minimised to category, date, role and district. */
export function SignalsSection({ flag, lang }: { flag: FlagDetail; lang: Lang }) {
  const t = useReviewT();
  return (
    <section className="card" aria-labelledby="signals-h" data-testid="signals">
      <h2 id="signals-h">{t('cluster.signals')}</h2>
      <p className="muted small">{t('cluster.minimised')}</p>
      {flag.signals.map((s, i) => (
        <SignalItem key={`${s.ruleId}-${s.personId ?? i}`} flagId={flag.id} signal={s} lang={lang} />
      ))}
      <p className="muted small">{t('cluster.scoreWhy', { explanation: withNames(flag) })}</p>
    </section>
  );
}

function SignalItem({ flagId, signal, lang }: { flagId: string; signal: Signal; lang: Lang }) {
  const t = useReviewT();
  return (
    <article className={`signal signal-${signal.kind}`} data-rule-id={signal.ruleId}>
      <header>
        <strong>{signal.ruleTitle}</strong>{' '}
        <span className="muted small">
          {t('cluster.margin', { value: signal.value, threshold: signal.threshold, weight: signal.weight })}
        </span>
      </header>
      <p>{signal.explanation}</p>
      {signal.evidence.some((e) => e.kind === 'case' || e.kind === 'residence') && (
        <table className="compact evidence">
          <thead>
            <tr>
              <th>{t('cluster.col.date')}</th>
              <th>{t('cluster.col.category')}</th>
              <th>{t('cluster.col.role')}</th>
              <th>{t('cluster.col.district')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {signal.evidence
              .filter((e) => e.kind === 'case' || e.kind === 'residence')
              .map((e, i) => (
                <EvidenceRow key={`${e.id}-${i}`} flagId={flagId} evidence={e} lang={lang} />
              ))}
          </tbody>
        </table>
      )}
    </article>
  );
}

function EvidenceRow({ flagId, evidence, lang }: { flagId: string; evidence: Signal['evidence'][number]; lang: Lang }) {
  const t = useReviewT();
  const read = usePersonRead();
  const [detail, setDetail] = useState<CaseDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const show = async () => {
    setBusy(true);
    setError(null);
    try {
      setDetail((await read<{ flagCaseDetail: CaseDetail }>(CASE_DETAIL, { flagId, caseId: evidence.id })).flagCaseDetail);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <tr>
        <td>{showDate(evidence.date, lang)}</td>
        <td>{evidence.kind === 'residence' ? '—' : (evidence.categoryLabel ?? evidence.category)}</td>
        <td>{evidence.role ? label(t, 'role', evidence.role) : ''}</td>
        <td>{evidence.district ?? ''}</td>
        <td>
          {evidence.kind === 'case' &&
            (detail ? (
              <button type="button" className="link-button small" onClick={() => setDetail(null)}>
                {t('cluster.hideCase')}
              </button>
            ) : (
              <button type="button" className="link-button small" onClick={() => void show()} disabled={busy} data-case-id={evidence.id}>
                {t('cluster.showCase')}
              </button>
            ))}
        </td>
      </tr>
      {(detail || error) && (
        <tr className="case-detail-row">
          <td colSpan={5}>
            <ErrorNotice error={error} />
            {detail && (
              <dl className="case-detail" data-testid="case-detail">
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

/** The score's sum with the members' names in place of their ids (an address id stays: it is the home). */
function withNames(flag: FlagDetail): string {
  let text = flag.scoreExplanation;
  for (const m of flag.members) text = text.split(m.personId).join(m.name);
  if (flag.address) text = text.split(flag.address.id).join(flag.address.street);
  return text;
}
