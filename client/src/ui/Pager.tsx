import { useReviewT } from '../review/format';
import styles from './Pager.module.css';

interface Props {
  shown: number;
  total: number;
  /** the cursor of the page shown (null on the first page) */
  after: string | null;
  endCursor: string | null;
  /** go to the page after this cursor (null: the first page) */
  onPage(after: string | null): void;
  /** the cursors of the pages before this one, oldest first; kept by the caller across renders */
  history: string[];
  onHistory(history: string[]): void;
}

/** "12 of 40", previous and next page over cursor paging; shared by the inboxes. */
export function Pager({ shown, total, after, endCursor, onPage, history, onHistory }: Props) {
  const t = useReviewT();
  return (
    <div className={styles.pager}>
      <span className="muted">{t('inbox.count', { shown, total })}</span>
      <button
        type="button"
        className="secondary small"
        disabled={history.length === 0 && !after}
        onClick={() => {
          onHistory(history.slice(0, -1));
          onPage(history.at(-1) || null);
        }}
      >
        {t('inbox.prev')}
      </button>
      <button
        type="button"
        className="secondary small"
        disabled={!endCursor}
        onClick={() => {
          onHistory([...history, after ?? '']);
          onPage(endCursor);
        }}
      >
        {t('inbox.next')}
      </button>
    </div>
  );
}
