import { useState } from 'react';
import { storedPurpose } from '../api/purpose';
import { useMe } from '../app/session';
import { ErrorNotice } from '../shell/ErrorNotice';
import { usePersonRead, usePurpose } from '../shell/purpose';
import { download, fetchReportDocument, openInNewTab } from '../review/documents';
import { useReviewT } from '../review/format';
import { APPROVE_REPORT, CHANGE_STATUS } from '../review/review-queries';
import type { FlagReview } from '../review/review.types';

/** Four eyes (approve), marking the flag REPORTED once approved, and the exports. */
export function ReportActions({ review, onChange }: { review: FlagReview; onChange(review: FlagReview): void }) {
  const t = useReviewT();
  const me = useMe();
  const read = usePersonRead();
  const { askPurpose } = usePurpose();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const report = review.report;
  if (!report) return null;
  const wrote = report.authors.includes(me.username);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const approve = () =>
    act(async () => {
      const data = await read<{ approveReport: FlagReview }>(APPROVE_REPORT, { input: { flagId: review.flagId, version: report.version } });
      onChange(data.approveReport);
    });
  const markReported = () =>
    act(async () => {
      const data = await read<{ changeFlagStatus: FlagReview }>(CHANGE_STATUS, {
        input: { flagId: review.flagId, status: 'REPORTED', note: note.trim() },
      });
      onChange(data.changeFlagStatus);
      setNote('');
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
      {report.status === 'DRAFT' && review.canApprove && (
        <button type="button" className="primary" disabled={busy} onClick={() => void approve()} data-testid="approve">
          {t('report.approve', { version: report.version })}
        </button>
      )}
      {report.status === 'DRAFT' && !review.canApprove && <p className="muted">{wrote ? t('report.youWrote') : t('report.awaiting')}</p>}
      {report.status === 'APPROVED' && review.canReport && (
        <div className="stack">
          <p>{t('report.approvedReady')}</p>
          <label className="stack">
            {t('report.reportedNote')}
            <textarea name="reportedNote" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <button
            type="button"
            className="primary"
            disabled={busy || !note.trim()}
            onClick={() => void markReported()}
            data-testid="mark-reported"
          >
            {t('report.markReported')}
          </button>
        </div>
      )}
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
