import styles from './StatusTabs.module.css';

interface Props {
  /** the statuses in tab order; `null` is the "all" tab */
  statuses: readonly (string | null)[];
  current: string | null;
  /** how many items each status holds; the "all" tab shows their sum */
  counts: ReadonlyMap<string, number>;
  labelOf(status: string | null): string;
  ariaLabel: string;
  onSelect(status: string | null): void;
}

/** Status tabs with their counts; shared by the coordinators' inbox and the caseworkers' inbox. */
export function StatusTabs({ statuses, current, counts, labelOf, ariaLabel, onSelect }: Props) {
  const all = [...counts.values()].reduce((a, b) => a + b, 0);
  return (
    <nav className={styles.statusTabs} aria-label={ariaLabel}>
      {statuses.map((s) => (
        <button
          key={s ?? 'ALL'}
          type="button"
          className={current === s ? `${styles.tab} ${styles.active}` : styles.tab}
          aria-pressed={current === s}
          data-status-tab={s ?? 'ALL'}
          onClick={() => onSelect(s)}
        >
          {labelOf(s)} <span className={`${styles.count} count`}>{s ? (counts.get(s) ?? 0) : all}</span>
        </button>
      ))}
    </nav>
  );
}
