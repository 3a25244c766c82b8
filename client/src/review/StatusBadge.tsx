import { label, useReviewT } from './format';
import styles from './StatusBadge.module.css';

export function StatusBadge({ status }: { status: string }) {
  const t = useReviewT();
  return (
    <span className={`${styles.badge} ${styles[status] ?? ''}`} data-status={status}>
      {label(t, 'status', status)}
    </span>
  );
}
