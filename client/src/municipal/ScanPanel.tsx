import { todayInCopenhagen } from '@opspor/contract';
import { useState, type FormEvent } from 'react';
import { graphql } from '../api/graphql';
import { useLang } from '../i18n/i18n';
import { showDate } from '../ui/format';
import { ErrorNotice } from '../ui/ErrorNotice';
import { useMunicipalT } from './format';
import { RUN_SCAN } from './municipal-queries';
import type { ScanReport } from './municipal.types';
import styles from './municipal.module.css';
import { DateField } from '../ui/DateField';

/** Today in Copenhagen as YYYY-MM-DD (the evaluation date a scan defaults to). */
function today(): string {
  return todayInCopenhagen(new Date());
}

/** For municipal-admins: run the municipality's rules over families with young children, as of a date. */
export function ScanPanel({ onScanned }: { onScanned(report: ScanReport): void }) {
  const t = useMunicipalT();
  const { lang } = useLang();
  const [asOf, setAsOf] = useState(today);
  const [maxChildAge, setMaxChildAge] = useState(6);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<ScanReport | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const { runMunicipalScan } = await graphql(RUN_SCAN, { asOf, maxChildAge });
      setReport(runMunicipalScan);
      onScanned(runMunicipalScan);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <details className="card scan-panel" data-testid="scan-panel">
      <summary>
        <strong>{t('scan.title')}</strong>
      </summary>
      <p className="muted small">{t('scan.intro')}</p>
      <form className={styles.scanForm} onSubmit={(e) => void submit(e)} aria-label={t('scan.title')}>
        <label>
          {t('scan.asOf')}
          <DateField name="asOf" required value={asOf} onChange={(e) => setAsOf(e.target.value)} />
        </label>
        <label>
          {t('scan.maxChildAge')}
          <span>
            <input
              name="maxChildAge"
              type="number"
              className="narrow"
              required
              min={1}
              max={18}
              step={1}
              value={maxChildAge}
              onChange={(e) => setMaxChildAge(Number(e.target.value))}
            />{' '}
            {t('scan.years')}
          </span>
        </label>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('scan.busy') : t('scan.run')}
        </button>
      </form>
      <ErrorNotice error={error} />
      {report && (
        <p role="status" data-testid="scan-result">
          {t('scan.done', { date: showDate(report.asOf, lang), clusters: report.clusters, flagged: report.flagged })}
        </p>
      )}
    </details>
  );
}
