import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type UseFormRegisterReturn } from 'react-hook-form';
import { FieldError } from '../admin/CreateUserForm';
import { routeFormError } from '../admin/field-errors';
import { storedPurpose } from '../api/purpose';
import { useMe } from '../app/session';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead, usePurpose } from '../shell/purpose';
import { download, fetchReportDocument, openInNewTab } from '../review/documents';
import { useReviewT } from '../review/format';
import { useLang } from '../i18n/i18n';
import { HistoryList } from '../cluster/HistoryList';
import { APPROVE_REPORT, CHANGE_STATUS, REQUEST_APPROVAL, RETURN_REPORT } from '../review/review-queries';
import type { FlagReview } from '../review/review.types';
import { NOTE_MAX, noteProblemText, reportedSchema, returnSchema } from './report-form';

type ReturnForm = { returnComment: string };
type ReportedForm = { reportedNote: string };

/** Four eyes (request approval, approve or return with a comment), marking the flag REPORTED once approved, the exports. */
export function ReportActions({ review, onChange }: { review: FlagReview; onChange(review: FlagReview): void }) {
  const t = useReviewT();
  const me = useMe();
  const read = usePersonRead();
  const { askPurpose } = usePurpose();
  const { lang } = useLang();
  // The comment to return a report and the note to mark the flag reported: required (the buttons
  // wait for them), checked by the contract's note rule; the API's refusal stands beside the text.
  const returnForm = useForm<ReturnForm>({ defaultValues: { returnComment: '' }, resolver: zodResolver(returnSchema) });
  const reportedForm = useForm<ReportedForm>({ defaultValues: { reportedNote: '' }, resolver: zodResolver(reportedSchema) });
  const [error, setError] = useState<unknown>(null);
  const [acting, setActing] = useState(false);
  const report = review.report;
  if (!report) return null;
  const wrote = report.authors.includes(me.username);
  const busy = acting || returnForm.formState.isSubmitting || reportedForm.formState.isSubmitting;
  const comment = returnForm.watch('returnComment');
  const note = reportedForm.watch('reportedNote');
  const commentProblem = noteProblemText(t, returnForm.formState.errors.returnComment, 'report.commentRequired');
  const noteProblem = noteProblemText(t, reportedForm.formState.errors.reportedNote, 'triage.noteRequired');

  const act = async (work: () => Promise<void>) => {
    setActing(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setActing(false);
    }
  };
  // One step of the four eyes: each document types its own answer (the reviewed flag).
  const step = (send: (input: { flagId: string; version: number }) => Promise<FlagReview>) =>
    act(async () => {
      onChange(await send({ flagId: review.flagId, version: report.version }));
      returnForm.reset();
    });
  const returnReport = returnForm.handleSubmit(async ({ returnComment }) => {
    setError(null);
    try {
      const input = { flagId: review.flagId, version: report.version, comment: returnComment };
      onChange(await read(RETURN_REPORT, { input }).then((r) => r.returnReport));
      returnForm.reset();
    } catch (e) {
      // the API names the comment `comment`
      routeFormError(e, ['comment'], (_, problem) => returnForm.setError('returnComment', problem), setError);
    }
  });
  const reportEvents = review.history.filter((e) => e.kind.startsWith('report-'));
  const markReported = reportedForm.handleSubmit(async ({ reportedNote }) => {
    setError(null);
    try {
      const data = await read(CHANGE_STATUS, { input: { flagId: review.flagId, status: 'REPORTED', note: reportedNote } });
      onChange(data.changeFlagStatus);
      reportedForm.reset();
    } catch (e) {
      routeFormError(e, ['note'], (_, problem) => reportedForm.setError('reportedNote', problem), setError);
    }
  });
  const exportAs = (format: 'pdf' | 'html') =>
    act(async () => {
      const purpose = storedPurpose() ?? (await askPurpose());
      const blob = await fetchReportDocument(report.id, format, purpose);
      if (format === 'pdf') download(blob, `underretning-${report.reference}.pdf`);
      else openInNewTab(blob);
    });

  return (
    <section className="card report-actions" aria-labelledby="four-eyes-h" data-testid="report-actions">
      <h2 id="four-eyes-h">{t('report.fourEyes')}</h2>
      <ErrorNotice error={error} />
      {report.status === 'RETURNED' && report.returnComment && (
        <div className="notice notice-warn" data-testid="return-comment">
          <strong>{t('report.returned', { by: report.returnedByName ?? '' })}</strong> {report.returnComment}
        </div>
      )}
      {review.canRequestApproval && (
        <div className="stack">
          <p className="muted small">
            {report.status === 'DRAFT' ? t('report.draftHint') : ''} {t('report.requestHint')}
          </p>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void step((input) => read(REQUEST_APPROVAL, { input }).then((r) => r.requestReportApproval))}
            data-testid="request-approval"
          >
            {t('report.requestApproval', { version: report.version })}
          </button>
        </div>
      )}
      {report.status === 'AWAITING_APPROVAL' && review.canApprove && (
        <div className="stack" data-testid="approval-panel">
          <p>{t('report.awaitingYou')}</p>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => void step((input) => read(APPROVE_REPORT, { input }).then((r) => r.approveReport))}
            data-testid="approve"
          >
            {t('report.approve', { version: report.version })}
          </button>
          <NoteField label={t('report.returnComment')} rows={3} input={returnForm.register('returnComment')} problem={commentProblem} />
          <button
            type="button"
            className="secondary"
            disabled={busy || !comment.trim()}
            onClick={(e) => void returnReport(e)}
            data-testid="return"
          >
            {t('report.return')}
          </button>
        </div>
      )}
      {report.status === 'AWAITING_APPROVAL' && !review.canApprove && (
        <p className="muted">{wrote ? t('report.awaitingOther') : t('report.awaiting')}</p>
      )}
      {report.status === 'DRAFT' && !review.canRequestApproval && (
        <p className="muted">{wrote ? t('report.youWrote') : t('report.awaiting')}</p>
      )}
      {report.status === 'APPROVED' && review.canReport && (
        <div className="stack">
          <p>{t('report.approvedReady')}</p>
          <NoteField label={t('report.reportedNote')} rows={2} input={reportedForm.register('reportedNote')} problem={noteProblem} />
          <button
            type="button"
            className="primary"
            disabled={busy || !note.trim()}
            onClick={(e) => void markReported(e)}
            data-testid="mark-reported"
          >
            {t('report.markReported')}
          </button>
        </div>
      )}
      <h3>{t('report.history')}</h3>
      <HistoryList events={reportEvents} lang={lang} />
      <h3>{t('report.export')}</h3>
      <div className="button-row">
        <button type="button" className="secondary" disabled={busy} onClick={() => void exportAs('pdf')} data-testid="export-pdf">
          {t('report.pdf')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => void exportAs('html')} data-testid="export-html">
          {t('report.html')}
        </button>
      </div>
      <p className="muted small">{t('report.neverSent')}</p>
    </section>
  );
}

/** A required note (its textarea named as the form field) and the problem beside it. */
function NoteField({ label, rows, input, problem }: { label: string; rows: number; input: UseFormRegisterReturn; problem: string | null }) {
  return (
    <label className="stack">
      {label}
      <textarea
        rows={rows}
        maxLength={NOTE_MAX}
        {...input}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `report-${input.name}-error` : undefined}
      />
      <FieldError prefix="report" field={input.name} text={problem} />
    </label>
  );
}
