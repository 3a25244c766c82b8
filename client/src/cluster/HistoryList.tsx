import type { Lang } from '../i18n/i18n';
import { label, useReviewT } from '../review/format';
import { showDateTime } from '../ui/format';
import type { FlagEvent } from '../review/review.types';
import historyStyles from '../ui/history.module.css';

/** Who did what and when, newest first. */
export function HistoryList({ events, lang }: { events: FlagEvent[]; lang: Lang }) {
  const t = useReviewT();
  if (events.length === 0) return <p className="muted small">{t('triage.noHistory')}</p>;
  return (
    <ol className={historyStyles.history} data-testid="history">
      {[...events].reverse().map((e) => (
        <li key={e.id} data-kind={e.kind}>
          <div>
            <time dateTime={e.at}>{showDateTime(e.at, lang)}</time> ·{' '}
            {e.actor === 'system' ? (
              <strong>{t('triage.systemActor')}</strong>
            ) : (
              <>
                <strong data-testid="history-actor">{e.actorName ?? e.actor}</strong>
                {e.actorName && <span className="muted small"> ({e.actor})</span>}
              </>
            )}
          </div>
          <div>
            {label(t, 'event', e.kind)}
            {e.kind === 'status' &&
              e.fromStatus &&
              e.toStatus &&
              `: ${label(t, 'status', e.fromStatus)} → ${label(t, 'status', e.toStatus)}`}
            {e.kind === 'assign' && e.assignee && `: ${e.assigneeName ?? e.assignee}`}
            {e.kind === 'outcome' && e.outcome && `: ${label(t, 'outcome', e.outcome)}`}
          </div>
          {e.note && <div className={historyStyles.historyNote}>{e.note}</div>}
        </li>
      ))}
    </ol>
  );
}
