import { useState } from 'react';
import { useMessages } from '../i18n/i18n';
import type { QueryResult } from './queries-api';
import { QUERIES_MESSAGES } from './queries-messages';
import { ResultGraphCanvas } from './ResultGraphCanvas';
import { ResultTable } from './ResultTable';
import styles from './queries.module.css';

/** A run's result: a table or the drawn graph, the row count, a cap warning, and the CSV download. */
export function ResultView({ result }: { result: QueryResult }) {
  const t = useMessages(QUERIES_MESSAGES);
  const [view, setView] = useState<'table' | 'graph'>('table');
  const [fit, setFit] = useState(0);

  const downloadCsv = () => {
    const url = URL.createObjectURL(new Blob([result.csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${result.name}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section className="query-result" aria-label={t('result')} data-testid="query-result">
      <div className={styles.queryResultHead}>
        <h3>{t('result')}</h3>
        <span className="muted">{t('rows', { count: result.rowCount, ms: result.elapsedMs })}</span>
        <div className={styles.tabs} role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={view === 'table'}
            className={view === 'table' ? 'primary small' : 'secondary small'}
            onClick={() => setView('table')}
          >
            {t('table')}
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={view === 'graph'}
            className={view === 'graph' ? 'primary small' : 'secondary small'}
            onClick={() => setView('graph')}
          >
            {t('graph')}
          </button>
        </div>
        {view === 'graph' && result.graph && (
          <button type="button" className="secondary small" onClick={() => setFit((n) => n + 1)}>
            {t('fit')}
          </button>
        )}
        <button type="button" className="secondary small" onClick={downloadCsv} data-testid="download-csv">
          {t('csv')}
        </button>
      </div>
      {result.truncated && (
        <p className="notice notice-warn">
          {result.truncatedBy === 'bytes'
            ? t('truncatedBytes', { megabytes: result.maxBytes / 1024 / 1024 })
            : t('truncated', { cap: result.rowCap })}
        </p>
      )}
      {view === 'table' &&
        (result.rows.length === 0 ? (
          <p className="empty">{t('empty')}</p>
        ) : (
          <ResultTable columns={result.columns} rows={result.rows as unknown[][]} /* each row: a JSON array, one value a column */ />
        ))}
      {view === 'graph' &&
        (result.graph ? (
          <>
            {result.graph.truncated && <p className="notice notice-warn">{t('graphTruncated')}</p>}
            <ResultGraphCanvas graph={result.graph} label={t('graphLabel')} fitSignal={fit} />
          </>
        ) : (
          <p className="empty">{t('noGraph')}</p>
        ))}
    </section>
  );
}
