import { useEffect, useMemo } from 'react';
import { graphql } from '../api/graphql';
import { gql } from '../gql';
import { href } from '../app/router';
import { useMe } from '../app/session';
import { useLang, useMessages } from '../i18n/i18n';
import { label, useReviewT } from '../review/format';
import { showDate, showDateTime } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import { ErrorNotice } from '../ui/ErrorNotice';
import { accessCsv, accessRows } from './access-report';
import { REFERENCE } from './admin-api';
import { AUDIT_MESSAGES, operationLabel, type AuditKey } from './audit-messages';
import { downloadText } from './csv';
import { todayInCopenhagen } from './dates';
import styles from './admin.module.css';
import layoutStyles from '../ui/layout.module.css';
import tableStyles from '../ui/table.module.css';

const PRINT_CLASS = 'print-access-report';

/** The police's extract (server/src/rights): the person as registered, every look-up, the flags and reports. */
const SUBJECT_EXTRACT = gql(`query PoliceSubjectExtract($personId: String!) {
  subjectExtract(personId: $personId) {
    personId name birthDate purposes
    lookups { at actor role operation purpose outcome }
    flags { flagId status rules relation versions }
    reports { reference municipalityCode issueDate status asChild }
  }
}`);

/**
 * The data-subject extract for one person chosen in the picker: name and birth date, every
 * look-up (saved-query runs that returned the person included) with its date and purpose, and the
 * flags and reports the person appears in; printable on its own (the rest of the page is hidden in
 * print) and as CSV. An id the register does not know answers "no person matches", never an
 * empty extract.
 */
export function AccessReport({ personId, closeHref }: { personId: string; closeHref: string }) {
  const t = useMessages(AUDIT_MESSAGES);
  const rt = useReviewT();
  const { lang } = useLang();
  const me = useMe();
  const extract = useLoad((signal) => graphql(SUBJECT_EXTRACT, { personId }, { signal }).then((r) => r.subjectExtract), personId);
  const reference = useLoad((signal) => graphql(REFERENCE, {}, { signal }), 'reference');
  const municipality = (code: string) => reference.data?.municipalities.find((m) => m.code === code)?.name ?? code;
  const outcome = (value: string) => {
    const key = `outcome.${value}`;
    return key in AUDIT_MESSAGES.da ? t(key as AuditKey) : value;
  };
  const sorted = useMemo(() => [...(extract.data?.lookups ?? [])].sort((a, b) => a.at.localeCompare(b.at)), [extract.data]);
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
    <section className={`card ${styles.accessReport}`} aria-labelledby="access-h" data-testid="access-report">
      <div className={layoutStyles.sectionHead}>
        <h2 id="access-h">
          {extract.data
            ? t('accessPerson', {
                name: extract.data.name,
                birthDate: extract.data.birthDate ? showDate(extract.data.birthDate, lang) : '–',
              })
            : t('accessTitle')}
        </h2>
        <a className="no-print" href={closeHref}>
          {t('accessClose')}
        </a>
      </div>
      <ErrorNotice error={extract.error} />
      {extract.data && (
        <>
          <p className="muted small">
            {t('accessMeta', { date: showDate(todayInCopenhagen(), lang), user: me.username, count: rows.length })}
          </p>
          {rows.length === 0 ? (
            <p>{t('accessEmpty')}</p>
          ) : (
            <table className={`${tableStyles.compact} ${styles.accessTable}`}>
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
          <h3>{t('accessPurposes')}</h3>
          <p data-testid="access-purposes">{extract.data.purposes.join(' · ') || '–'}</p>
          <h3>{t('accessFlags')}</h3>
          {extract.data.flags.length === 0 ? (
            <p className="muted">{t('accessNoFlags')}</p>
          ) : (
            <ul data-testid="access-flags">
              {extract.data.flags.map((f) => (
                <li key={f.flagId}>
                  {t('accessFlagLine', { status: label(rt, 'status', f.status), rules: f.rules.join(', '), versions: f.versions })}
                  {f.relation && <span className="muted"> · {f.relation}</span>}
                </li>
              ))}
              {extract.data.reports.map((r) => (
                <li key={r.reference}>
                  {t('accessReportLine', {
                    recipient: municipality(r.municipalityCode),
                    date: r.issueDate ? showDate(r.issueDate, lang) : '–',
                  })}{' '}
                  · {label(rt, 'status', r.status)}
                </li>
              ))}
            </ul>
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
