import { useEffect, useState, type FormEvent } from 'react';
import { useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { collectParams, initialText } from './param-values';
import { ParamForm } from './ParamForm';
import { RUN_SAVED_QUERY, type QueryResult, type SavedQueryInfo } from './queries-api';
import { QUERIES_MESSAGES, type QueriesKey } from './queries-messages';
import { ResultView } from './ResultView';
import styles from './queries.module.css';

/** The run form generated from the query's parameters, and the result. Runs state a purpose (they read person data). */
export function RunPanel({ query }: { query: SavedQueryInfo }) {
  const t = useMessages(QUERIES_MESSAGES);
  const read = usePersonRead();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [rowCap, setRowCap] = useState('1000');
  const [result, setResult] = useState<QueryResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    setTexts(Object.fromEntries(query.parameters.map((p) => [p.name, initialText(p)])));
    setResult(null);
    setError(null);
    setInvalid(null);
  }, [query]);

  const run = async (e: FormEvent) => {
    e.preventDefault();
    const collected = collectParams(query.parameters, texts);
    if ('field' in collected) {
      setInvalid(t(`invalid.${collected.error}` as QueriesKey, { name: collected.field }));
      return;
    }
    setInvalid(null);
    setError(null);
    setRunning(true);
    try {
      const limit = Math.min(5000, Math.max(1, Number(rowCap) || 1000));
      const data = await read(RUN_SAVED_QUERY, { name: query.name, params: collected.params, limit });
      setResult(data.runSavedQuery);
    } catch (caught) {
      setResult(null);
      setError(caught);
    } finally {
      setRunning(false);
    }
  };

  return (
    <div className="run-panel">
      <form onSubmit={(e) => void run(e)} aria-label={t('parameters')} data-testid="run-form">
        <h3>{t('parameters')}</h3>
        <ParamForm params={query.parameters} texts={texts} onChange={(name, text) => setTexts((all) => ({ ...all, [name]: text }))} />
        <div className={styles.runActions}>
          <label>
            {t('rowCap')}{' '}
            <input type="number" min={1} max={5000} value={rowCap} onChange={(e) => setRowCap(e.target.value)} className={styles.rowCap} />
          </label>
          <button type="submit" className="primary" disabled={running} data-testid="run">
            {running ? t('running') : t('run')}
          </button>
        </div>
        {invalid && (
          <p className="notice notice-error" role="alert">
            {invalid}
          </p>
        )}
      </form>
      <ErrorNotice error={error} />
      {result && <ResultView result={result} />}
    </div>
  );
}
