import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { decisionNoteSchema, NOTE_MAX } from '@opspor/contract';
import { graphql } from '../api/graphql';
import { routeFormError } from '../admin/field-errors';
import { href } from '../app/router';
import { useMe } from '../app/session';
import type { Lang } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { label, useReviewT } from '../review/format';
import { showDateTime } from '../ui/format';
import { ASSIGN, ASSIGNABLE, CHANGE_STATUS, RECORD_OUTCOME } from '../review/review-queries';
import type { FlagReview } from '../review/review.types';
import type { ReportOutcomeKind } from '../gql/graphql';
import { StatusBadge } from '../review/StatusBadge';
import { HistoryList } from './HistoryList';

const OUTCOMES = ['RELEVANT', 'NOT_RELEVANT', 'ALREADY_KNOWN'] as const satisfies readonly ReportOutcomeKind[];

/** A decision (status change or assignment) needs a note, kept in the flag's history (the API checks the same). */
const decisionSchema = z.object({ note: decisionNoteSchema, assignee: z.string() });
type Decision = z.input<typeof decisionSchema>;
/** The municipality's answer to a report, with an optional note. */
const outcomeSchema = z.object({
  outcome: z.enum(OUTCOMES),
  outcomeNote: z.string().trim(),
});
type OutcomeForm = z.input<typeof outcomeSchema>;

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
  const decision = useForm<Decision>({ defaultValues: { note: '', assignee: '' }, resolver: zodResolver(decisionSchema) });
  const outcomeForm = useForm<OutcomeForm>({
    defaultValues: { outcome: 'RELEVANT', outcomeNote: '' },
    resolver: zodResolver(outcomeSchema),
  });
  const [coordinators, setCoordinators] = useState<{ username: string; fullName?: string | null }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const busy = decision.formState.isSubmitting || outcomeForm.formState.isSubmitting;
  const noteError = decision.formState.errors.note;
  const noteMessage = noteError
    ? noteError.type === 'server'
      ? t('triage.refused', { reason: noteError.message ?? '' })
      : noteError.message === 'tooLong'
        ? t('triage.noteTooLong', { max: NOTE_MAX })
        : t('triage.noteRequired')
    : null;
  const assignee = decision.watch('assignee');

  useEffect(() => {
    if (!decides) return;
    graphql(ASSIGNABLE, { id: review.flagId })
      .then((r) => setCoordinators(r.assignableCoordinatorAccounts))
      .catch(() => setCoordinators([]));
  }, [review.flagId, decides]);

  // Each action sends its own typed mutation; the answer is the flag's review. API refusals that
  // name the note or the assignee stand beside it, others in the notice.
  const act = async (send: () => Promise<FlagReview>, fields: readonly ('note' | 'assignee')[]) => {
    setError(null);
    try {
      onChange(await send());
      decision.reset({ note: '', assignee: decision.getValues('assignee') });
    } catch (e) {
      routeFormError(e, fields, decision.setError, setError);
    }
  };
  const changeStatus = (status: FlagReview['status']) =>
    decision.handleSubmit(({ note }) =>
      act(() => read(CHANGE_STATUS, { input: { flagId: review.flagId, status, note } }).then((r) => r.changeFlagStatus), ['note']),
    );
  const assign = decision.handleSubmit(({ note, assignee: to }) =>
    act(() => read(ASSIGN, { input: { flagId: review.flagId, assignee: to, note } }).then((r) => r.assignFlag), ['note', 'assignee']),
  );
  const recordOutcome = outcomeForm.handleSubmit(async ({ outcome, outcomeNote }) => {
    setError(null);
    try {
      const r = await read(RECORD_OUTCOME, { input: { flagId: review.flagId, outcome, note: outcomeNote || null } });
      onChange(r.recordReportOutcome);
    } catch (e) {
      setError(e);
    }
  });

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
        <dd data-testid="assignee" data-username={review.assignee ?? undefined}>
          {review.assignee ? (review.assigneeName ?? review.assignee) : t('triage.nobody')}
        </dd>
      </dl>
      <ErrorNotice error={error} />
      {decides && !closed && (
        <div className="decide">
          <label className="stack">
            {t('triage.note')}
            <textarea
              {...decision.register('note')}
              rows={3}
              maxLength={NOTE_MAX}
              placeholder={t('triage.notePlaceholder')}
              aria-invalid={noteMessage !== null}
            />
          </label>
          {noteMessage && (
            <p className="field-error" role="alert" data-field="note">
              {noteMessage}
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
                onClick={(e) => void changeStatus(status)(e)}
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
                <select {...decision.register('assignee')}>
                  <option value="" />
                  {coordinators.map((c) => (
                    <option key={c.username} value={c.username}>
                      {c.fullName ? `${c.fullName} (${c.username})` : c.username}
                      {c.username === me.username ? ` · ${t('triage.me')}` : ''}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" className="secondary small" disabled={busy || !assignee} onClick={(e) => void assign(e)}>
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
                by: review.outcome.recordedByName ?? review.outcome.recordedBy,
                at: showDateTime(review.outcome.recordedAt, lang),
              })}
            </p>
          )}
          {decides && (
            <div className="stack">
              <select {...outcomeForm.register('outcome')}>
                {OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {label(t, 'outcome', o)}
                  </option>
                ))}
              </select>
              <input {...outcomeForm.register('outcomeNote')} placeholder={t('triage.outcomeNote')} />
              <button type="button" className="secondary small" disabled={busy} onClick={(e) => void recordOutcome(e)}>
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
