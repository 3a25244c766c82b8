import { useState } from 'react';
import { href } from '../app/router';
import { useLang, useMessages } from '../i18n/i18n';
import { showDate } from '../ui/format';
import type { PreviewReport } from './admin-api';
import { RULES_MESSAGES } from './rules-messages';
import styles from './admin.module.css';

const SHOWN = 20;

/** What the changed rules would flag against what is flagged now, with the flags that differ. */
export function BackTestResult({ report, stale }: { report: PreviewReport; stale: boolean }) {
  const t = useMessages(RULES_MESSAGES);
  const { lang } = useLang();
  const delta = report.wouldFlag - report.currentlyFlagged;
  return (
    <section className={`${styles.backtest}${stale ? ` ${styles.staleResult}` : ''}`} data-testid="backtest-result" aria-live="polite">
      <h3>{t('result.title', { date: showDate(report.asOf, lang) })}</h3>
      {stale && <p className="notice notice-warn small">{t('stale')}</p>}
      <dl className={styles.statGrid}>
        <Stat label={t('result.clusters')} value={report.clusters} testId="bt-clusters" />
        <Stat label={t('result.current')} value={report.currentlyFlagged} testId="bt-current" />
        <Stat
          label={t('result.wouldFlag')}
          value={report.wouldFlag}
          testId="bt-would"
          note={delta === 0 ? '±0' : delta > 0 ? `+${delta}` : String(delta)}
        />
      </dl>
      <IdList title={t('result.added')} ids={report.added} testId="bt-added" />
      {report.added.length > 0 && <p className="muted small">{t('result.addedHint')}</p>}
      <IdList title={t('result.removed')} ids={report.removed} testId="bt-removed" />
    </section>
  );
}

function Stat({ label, value, note, testId }: { label: string; value: number; note?: string; testId: string }) {
  return (
    <div className={styles.stat}>
      <dt>{label}</dt>
      <dd data-testid={testId}>
        {value}
        {note && <span className={styles.statNote}> ({note})</span>}
      </dd>
    </div>
  );
}

function IdList({ title, ids, testId }: { title: string; ids: string[]; testId: string }) {
  const t = useMessages(RULES_MESSAGES);
  const [all, setAll] = useState(false);
  const shown = all ? ids : ids.slice(0, SHOWN);
  return (
    <div className={styles.idList} data-testid={testId}>
      <h4>
        {title} <span className={styles.count}>{ids.length}</span>
      </h4>
      {ids.length === 0 ? (
        <p className="muted small">{t('result.none')}</p>
      ) : (
        <ul>
          {shown.map((id) => (
            <li key={id}>
              <a href={href(`/flags/${encodeURIComponent(id)}`)}>{id}</a>
            </li>
          ))}
        </ul>
      )}
      {!all && ids.length > SHOWN && (
        <button type="button" className="link-button small" onClick={() => setAll(true)}>
          {t('result.more', { count: ids.length })}
        </button>
      )}
    </div>
  );
}
