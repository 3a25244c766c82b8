import { href } from '../app/router';
import { useLang } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { useReviewT } from '../review/format';
import { showDateTime } from '../ui/format';
import { APPROVAL_QUEUE } from '../review/review-queries';
import { useLoad } from '../ui/useLoad';
import tableStyles from '../ui/table.module.css';

/** `#/approvals`: the reports of the district that await this coordinator's approval (four eyes). */
export function ApprovalsPage() {
  const t = useReviewT();
  const { lang } = useLang();
  const read = usePersonRead();
  const queue = useLoad((signal) => read(APPROVAL_QUEUE, {}, signal).then((r) => r.approvalQueue), 'q');
  const items = queue.data ?? [];
  return (
    <main className="page">
      <h1>{t('approvals.title')}</h1>
      <ErrorNotice error={queue.error} />
      {queue.data && items.length === 0 && <p className="muted">{t('approvals.none')}</p>}
      {items.length > 0 && (
        <table className={tableStyles.list} data-testid="approval-queue">
          <thead>
            <tr>
              <th>{t('approvals.reference')}</th>
              <th>{t('approvals.municipality')}</th>
              <th>{t('approvals.children')}</th>
              <th>{t('approvals.requestedBy')}</th>
              <th>{t('approvals.requestedAt')}</th>
              <th>{t('approvals.action')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((q) => (
              <tr key={q.reportId} data-flag-id={q.flagId}>
                <td>{q.reference}</td>
                <td>{q.municipalityName}</td>
                <td>{q.childCount}</td>
                <td>{q.requestedByName}</td>
                <td>{showDateTime(q.requestedAt, lang)}</td>
                <td>
                  <a href={href(`/flags/${encodeURIComponent(q.flagId)}/report`)}>{t('approvals.open')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
