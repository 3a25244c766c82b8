import { mlabel, useMunicipalT } from './format';
import styles from './municipal.module.css';

/** A support flag's status, in the coordinators' badge shape with the municipal words and colours. */
export function SupportStatusBadge({ status }: { status: string }) {
  const t = useMunicipalT();
  return (
    <span className={`${styles.supportBadge} ${styles[`support${status}`] ?? ''}`} data-status={status}>
      {mlabel(t, 'status', status)}
    </span>
  );
}
