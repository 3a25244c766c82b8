import { useState } from 'react';
import { graphql } from '../api/graphql';
import { useLang, useMessages } from '../i18n/i18n';
import { showDate, showDateTime } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import { ErrorNotice } from '../ui/ErrorNotice';
import {
  RETENTION_PREVIEW,
  RUN_RETENTION,
  RUN_SCAN,
  SCAN_STATUS,
  type RetentionPreview,
  type RetentionReport,
  type ScanReport,
} from './admin-api';
import { todayInCopenhagen } from './dates';
import { RULES_MESSAGES } from './rules-messages';
import styles from './admin.module.css';
import { DateField } from '../ui/DateField';

/** An admin's manual runs of the weekly scan and the daily retention job, each with its report. */
export function OperationsPanel() {
  const t = useMessages(RULES_MESSAGES);
  const { lang } = useLang();
  const [asOf, setAsOf] = useState(todayInCopenhagen);
  const [busy, setBusy] = useState<'scan' | 'retention' | 'preview' | null>(null);
  const [preview, setPreview] = useState<RetentionPreview | null>(null);
  const [scan, setScan] = useState<ScanReport | null>(null);
  const [retention, setRetention] = useState<RetentionReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const status = useLoad(() => graphql(SCAN_STATUS).then((r) => r.scanStatus), `status|${scan?.elapsedMs ?? ''}`);
  const backTest = asOf < todayInCopenhagen();

  const run = async <T,>(kind: 'scan' | 'retention' | 'preview', request: () => Promise<T>, done: (value: T) => void) => {
    setBusy(kind);
    setError(null);
    try {
      done(await request());
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  const runScan = () => {
    if (!window.confirm(t('confirmScan', { date: showDate(asOf, lang) }))) return;
    void run('scan', () => graphql(RUN_SCAN, { asOf }).then((r) => r.runScan), setScan);
  };
  // an admin sees what a run would delete (and what cited records it keeps) before running it
  const previewRetention = () => {
    setRetention(null);
    void run('preview', () => graphql(RETENTION_PREVIEW).then((r) => r.retentionPreview), setPreview);
  };
  const runRetention = () => {
    if (!window.confirm(t('confirmRetention'))) return;
    void run(
      'retention',
      () => graphql(RUN_RETENTION).then((r) => r.runRetention),
      (report) => {
        setPreview(null);
        setRetention(report);
      },
    );
  };
  const oldest = preview?.categories
    .map((c) => c.oldest)
    .filter((d): d is string => d !== null)
    .sort()[0];

  return (
    <section className={`card ${styles.operations}`} aria-labelledby="ops-h" data-testid="operations">
      <h2 id="ops-h">{t('operations')}</h2>
      <ErrorNotice error={error} />
      <h3>{t('schedule.title')}</h3>
      {status.data && (
        <p className="small" data-testid="scan-schedule">
          {status.data.intervalHours === 0
            ? t('schedule.off')
            : [
                status.data.lastScanAt ? t('schedule.last', { date: showDateTime(status.data.lastScanAt, lang) }) : t('schedule.never'),
                status.data.nextDueAt ? t('schedule.next', { date: showDateTime(status.data.nextDueAt, lang) }) : '',
              ]
                .filter(Boolean)
                .join(' · ')}
          {status.data.lastOutcome === 'failed' && (
            <span className="notice notice-warn">
              {' '}
              {t('schedule.outcome.failed', { date: showDateTime(status.data.lastAttemptAt, lang) })}
            </span>
          )}
        </p>
      )}
      <h3>{t('scanTitle')}</h3>
      <p className="muted small">{t('scanHint')}</p>
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault();
          runScan();
        }}
      >
        <label>
          {t('scanDate')} <DateField name="scanAsOf" required value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        {backTest && (
          <span className="notice notice-warn small" data-testid="back-test-note">
            {t('backTestNote')}
          </span>
        )}
        <button type="submit" className="secondary" disabled={busy !== null} data-testid="run-scan">
          {busy === 'scan' ? t('scanning') : t('runScan')}
        </button>
      </form>
      {scan && (
        <div className={styles.reportBox} role="status" data-testid="scan-report">
          <strong>{t(scan.live ? 'scan.result' : 'scan.backTest', { date: showDate(scan.asOf, lang) })}</strong>
          <dl className="facts">
            <dt>{t('scan.clusters')}</dt>
            <dd>{scan.clusters}</dd>
            <dt>{t('scan.flagged')}</dt>
            <dd>{scan.flagged}</dd>
            {scan.live ? (
              <>
                <dt>{t('scan.newVersions')}</dt>
                <dd>{scan.newVersions}</dd>
                <dt>{t('scan.deactivated')}</dt>
                <dd>{scan.deactivated}</dd>
              </>
            ) : (
              <>
                <dt>{t('scan.matchingExisting')}</dt>
                <dd>{scan.matchingExisting}</dd>
                <dt>{t('scan.noLongerFound')}</dt>
                <dd>{scan.noLongerFound}</dd>
              </>
            )}
            <dt>{t('scan.settings')}</dt>
            <dd title={scan.settingsHash}>{scan.settingsHash.slice(0, 12)}</dd>
            <dt>{t('scan.elapsed')}</dt>
            <dd>{t('scan.seconds', { seconds: scan.elapsedMs / 1000 })}</dd>
          </dl>
        </div>
      )}
      <h3>{t('retentionTitle')}</h3>
      <p className="muted small">{t('retentionHint')}</p>
      <div className="button-row">
        <button type="button" className="secondary" disabled={busy !== null} onClick={previewRetention} data-testid="preview-retention">
          {busy === 'preview' ? t('previewing') : t('previewRetention')}
        </button>
        {preview && (
          <button type="button" className="secondary" disabled={busy !== null} onClick={runRetention} data-testid="run-retention">
            {busy === 'retention' ? t('retentionRunning') : t('runRetention')}
          </button>
        )}
      </div>
      {preview && (
        <div className={styles.reportBox} role="status" data-testid="retention-preview">
          <strong>{t('retentionPreview.title')}</strong>
          <ul>
            <li>
              {preview.casesDeletable > 0 && oldest
                ? t('retentionPreview.cases', { n: preview.casesDeletable, oldest: showDate(oldest, lang) })
                : t('retentionPreview.none')}
            </li>
            <li>{t('retentionPreview.kept', { n: preview.casesKept })}</li>
            <li>{t('retentionPreview.indicators', { n: preview.indicatorsDeletable })}</li>
            <li>{t('retentionPreview.supportFlags', { n: preview.supportFlagsDeletable })}</li>
            <li>{t('retentionPreview.flags', { n: preview.dismissedFlagsDeletable })}</li>
          </ul>
        </div>
      )}
      {retention && (
        <div className={styles.reportBox} role="status" data-testid="retention-report">
          <strong>{t('retention.result')}</strong>
          <dl className="facts">
            <dt>{t('retention.cases', { date: showDate(retention.caseCutoff, lang) })}</dt>
            <dd>{retention.casesDeleted}</dd>
            <dt>{t('retention.kept')}</dt>
            <dd>{retention.casesKept}</dd>
            <dt>{t('retention.indicators', { date: showDate(retention.indicatorCutoff, lang) })}</dt>
            <dd>{retention.indicatorsDeleted}</dd>
            <dt>{t('retention.supportFlags', { date: showDate(retention.supportFlagCutoff, lang) })}</dt>
            <dd>{retention.supportFlagsDeleted}</dd>
            <dt>{t('retention.flags', { date: showDate(retention.flagCutoff, lang) })}</dt>
            <dd>{retention.flagsDeleted}</dd>
          </dl>
        </div>
      )}
    </section>
  );
}
