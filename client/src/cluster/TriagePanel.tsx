import { useEffect, useState } from 'react';
import { graphql } from '../api/graphql';
import { href } from '../app/router';
import { useMe } from '../app/session';
import type { Lang } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { label, useReviewT } from '../review/format';
import { showDateTime } from '../ui/format';
import type { TypedDocumentString } from '../api/graphql';
import { ASSIGN, ASSIGNABLE, CHANGE_STATUS, RECORD_OUTCOME } from '../review/review-queries';

/** The triage mutations: each answers the flag's review under its own field name. */
type ReviewMutation = typeof CHANGE_STATUS | typeof ASSIGN | typeof RECORD_OUTCOME;
type ReviewDocument = TypedDocumentString<Record<string, FlagReview>, { input: Record<string, unknown> }>;
import type { FlagReview } from '../review/review.types';
import { StatusBadge } from '../review/StatusBadge';
import { HistoryList } from './HistoryList';

const OUTCOMES = ['RELEVANT', 'NOT_RELEVANT', 'ALREADY_KNOWN'];

interface Props {
  review: FlagReview;
  lang: Lang;
  onChange(review: FlagReview): void;
}

/** Status, assignment, the decision buttons (each needs a note), the report link, the outcome and the history. */
export function TriagePanel({ review, lang, onChange }: Props) {
  const t = useReviewT();
  const me = useMe();
  const read = usePersonRead();
  const decides = me.role === 'coordinator' || me.role === 'admin';
  const [note, setNote] = useState('');
  const [assignee, setAssignee] = useState('');
  const [coordinators, setCoordinators] = useState<string[]>([]);
  const [outcome, setOutcome] = useState(OUTCOMES[0]!);
  const [outcomeNote, setOutcomeNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [noteMissing, setNoteMissing] = useState(false);

  useEffect(() => {
    if (!decides) return;
    graphql(ASSIGNABLE, { id: review.flagId })
      .then((r) => setCoordinators(r.assignableCoordinators))
      .catch(() => setCoordinators([]));
  }, [review.flagId, decides]);

  const run = async (mutation: ReviewMutation, input: Record<string, unknown>, field: string, needsNote = true) => {
    if (needsNote && !note.trim()) {
      setNoteMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    setNoteMissing(false);
    try {
      const data = await read(mutation as unknown as ReviewDocument, { input: { flagId: review.flagId, ...input } });
      onChange(data[field]!);
      setNote('');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const closed = review.allowedTransitions.length === 0;
  return (
    <aside className="side-panel triage" aria-labelledby="triage-h" data-testid="triage">
      <h2 id="triage-h">{t('triage.title')}</h2>
      <dl className="facts">
        <dt>{t('triage.status')}</dt>
        <dd>
          <StatusBadge status={review.status} />
        </dd>
        <dt>{t('triage.assignee')}</dt>
        <dd data-testid="assignee">{review.assignee ?? t('triage.nobody')}</dd>
      </dl>
      <ErrorNotice error={error} />
      {decides && !closed && (
        <div className="decide">
          <label className="stack">
            {t('triage.note')}
            <textarea
              name="note"
              rows={3}
              maxLength={2000}
              value={note}
              placeholder={t('triage.notePlaceholder')}
              onChange={(e) => setNote(e.target.value)}
              aria-invalid={noteMissing}
            />
          </label>
          {noteMissing && (
            <p className="field-error" role="alert">
              {t('triage.noteRequired')}
            </p>
          )}
          <div className="button-row">
            {review.allowedTransitions.map((status) => (
              <button
                key={status}
                type="button"
                className={status === 'DISMISSED' ? 'secondary' : 'primary'}
                disabled={busy || (status === 'REPORTED' && !review.canReport)}
                data-transition={status}
                onClick={() => void run(CHANGE_STATUS, { status, note: note.trim() }, 'changeFlagStatus')}
              >
                {label(t, 'action', status)}
              </button>
            ))}
          </div>
          {review.allowedTransitions.includes('REPORTED') && !review.canReport && (
            <p className="muted small">{t('triage.needsApproval')}</p>
          )}
          {coordinators.length > 0 && (
            <div className="assign-row">
              <label>
                {t('triage.assignTo')}{' '}
                <select name="assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
                  <option value="" />
                  {coordinators.map((c) => (
                    <option key={c} value={c}>
                      {c}
                      {c === me.username ? ` (${t('triage.me')})` : ''}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="secondary small"
                disabled={busy || !assignee}
                onClick={() => void run(ASSIGN, { assignee, note: note.trim() }, 'assignFlag')}
              >
                {t('triage.assign')}
              </button>
            </div>
          )}
        </div>
      )}
      {closed && <p className="muted">{t('triage.closed')}</p>}
      {(review.status === 'IN_REVIEW' || review.report) && (
        <p>
          <a className="button-link primary" href={href(`/flags/${encodeURIComponent(review.flagId)}/report`)} data-testid="report-link">
            {review.report ? t('cluster.reportShow') : t('cluster.reportOpen')}
          </a>
          {review.report && (
            <span className="muted small">
              {' '}
              {label(t, 'report.status', review.report.status)} · {t('report.version', { version: review.report.version })}
            </span>
          )}
        </p>
      )}
      {review.status === 'REPORTED' && (
        <section className="outcome" aria-labelledby="outcome-h">
          <h3 id="outcome-h">{t('triage.outcome')}</h3>
          {review.outcome && (
            <p data-testid="outcome">
              {t('triage.outcomeRecorded', {
                outcome: label(t, 'outcome', review.outcome.outcome),
                by: review.outcome.recordedBy,
                at: showDateTime(review.outcome.recordedAt, lang),
              })}
            </p>
          )}
          {decides && (
            <div className="stack">
              <select name="outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
                {OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {label(t, 'outcome', o)}
                  </option>
                ))}
              </select>
              <input
                name="outcomeNote"
                placeholder={t('triage.outcomeNote')}
                value={outcomeNote}
                onChange={(e) => setOutcomeNote(e.target.value)}
              />
              <button
                type="button"
                className="secondary small"
                disabled={busy}
                onClick={() => void run(RECORD_OUTCOME, { outcome, note: outcomeNote.trim() || null }, 'recordReportOutcome', false)}
              >
                {t('triage.outcomeSave')}
              </button>
            </div>
          )}
        </section>
      )}
      <h3>{t('triage.history')}</h3>
      <HistoryList events={review.history} lang={lang} />
    </aside>
  );
}
