import { label, useReviewT } from './format';

export function StatusBadge({ status }: { status: string }) {
  const t = useReviewT();
  return (
    <span className={`status-badge status-${status}`} data-status={status}>
      {label(t, 'status', status)}
    </span>
  );
}
