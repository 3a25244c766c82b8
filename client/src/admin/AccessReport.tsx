import { useEffect, useMemo } from 'react';
import { graphql } from '../api/graphql';
import { href } from '../app/router';
import { useMe } from '../app/session';
import { useLang, useMessages } from '../i18n/i18n';
import { showDate, showDateTime } from '../review/format';
import { useLoad } from '../review/useReviewData';
import { ErrorNotice } from '../shell/ErrorNotice';
import { accessCsv, accessRows } from './access-report';
import { PERSON_ACCESS_LOG, type PersonLookup } from './admin-api';
import { AUDIT_MESSAGES, operationLabel, type AuditKey } from './audit-messages';
import { downloadText } from './csv';
import { todayInCopenhagen } from './dates';

const PRINT_CLASS = 'print-access-report';

/**
 * The data-subject extract for one person: every look-up with its date and purpose, printable
 * on its own (the rest of the page is hidden in print) and as CSV.
 */
export function AccessReport({ personId, closeHref }: { personId: string; closeHref: string }) {
  const t = useMessages(AUDIT_MESSAGES);
  const { lang } = useLang();
  const me = useMe();
  const lookups = useLoad(
    (signal) => graphql<{ personAccessLog: PersonLookup[] }>(PERSON_ACCESS_LOG, { personId }, { signal }).then((r) => r.personAccessLog),
    personId,
  );
  const outcome = (value: string) => {
    const key = `outcome.${value}`;
    return key in AUDIT_MESSAGES.da ? t(key as AuditKey) : value;
  };
  const sorted = useMemo(() => [...(lookups.data ?? [])].sort((a, b) => a.at.localeCompare(b.at)), [lookups.data]);
  const rows = accessRows(sorted, { what: (op) => operationLabel(t, op), outcome, noPurpose: t('noPurpose') });

  useEffect(() => {
    const after = () => document.body.classList.remove(PRINT_CLASS);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('afterprint', after);
      after();
    };
  }, []);
  const print = () => {
    document.body.classList.add(PRINT_CLASS);
    window.print();
  };
  const csv = () =>
    downloadText(
      accessCsv(rows, {
        date: t('access.date'),
        time: t('access.time'),
        purpose: t('access.purpose'),
        what: t('access.what'),
        outcome: t('access.outcome'),
      }),
      `aktindsigt-${personId}-${todayInCopenhagen()}.csv`,
    );

  return (
    <section className="card access-report" aria-labelledby="access-h" data-testid="access-report">
      <div className="section-head">
        <h2 id="access-h">{t('accessHeading', { id: personId })}</h2>
        <a className="no-print" href={closeHref}>
          {t('accessClose')}
        </a>
      </div>
      <ErrorNotice error={lookups.error} />
      {lookups.data && (
        <>
          <p className="muted small">
            {t('accessMeta', { date: showDate(todayInCopenhagen(), lang), user: me.username, count: rows.length })}
          </p>
          {rows.length === 0 ? (
            <p>{t('accessEmpty')}</p>
          ) : (
            <table className="compact access-table">
              <thead>
                <tr>
                  <th scope="col">{t('access.date')}</th>
                  <th scope="col">{t('access.time')}</th>
                  <th scope="col">{t('access.purpose')}</th>
                  <th scope="col">{t('access.what')}</th>
                  <th scope="col">{t('access.outcome')}</th>
                  <th scope="col" className="no-print">
                    {t('access.who')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <tr key={i}>
                    <td className="nowrap">{showDate(r.date, lang)}</td>
                    <td>{r.time}</td>
                    <td>{r.purpose}</td>
                    <td>{r.what}</td>
                    <td>{r.outcome}</td>
                    <td className="no-print muted" title={showDateTime(sorted[i]?.at, lang)}>
                      {sorted[i]?.actor} ({sorted[i]?.role})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="muted small no-print">{t('accessNote')}</p>
          <div className="button-row no-print">
            <button type="button" className="primary small" onClick={print} data-testid="print-access">
              {t('print')}
            </button>
            <button type="button" className="secondary small" onClick={csv} data-testid="access-csv">
              {t('csv')}
            </button>
            <a href={href('/audit', { person: personId })}>{t('filterPerson', { id: personId })}</a>
          </div>
        </>
      )}
    </section>
  );
}
