import { storedCode } from '../api/enum-codes';
import { useState, type FormEvent } from 'react';
import { graphql } from '../api/graphql';
import { navigate } from '../app/router';
import { useLang, type Lang } from '../i18n/i18n';
import { showDate, showDateTime } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import { ErrorNotice } from '../ui/ErrorNotice';
import { mlabel, useMunicipalT } from './format';
import { downloadText, toCsv } from '../admin/csv';
import { SUBJECT_EXTRACT, SUBJECT_REPORT, SUBJECT_SEARCH } from './municipal-queries';
import type { SubjectReport } from './municipal.types';

import { SUBJECT_PATH } from './paths';
import styles from './municipal.module.css';
import tableStyles from '../ui/table.module.css';
export { SUBJECT_PATH };

interface Candidate {
  personId: string;
  name: string;
  birthDate: string | null;
}
interface Extract {
  personId: string;
  name: string;
  birthDate: string | null;
  purposes: string[];
  lookups: { at: string; actor: string; role: string; operation: string; what: string; purpose: string | null; outcome: string }[];
}

/**
 * For municipal-admins: the data-subject extract, `#/subject-access?person=<id>`, printable. It
 * starts from a person picker (name, birth date or id; birth dates tell namesakes apart); an input
 * that matches nobody says so and makes no extract.
 */
export function SubjectExportPage({ query }: { query: URLSearchParams }) {
  const t = useMunicipalT();
  const { lang } = useLang();
  const personId = query.get('person')?.trim() ?? '';
  const [input, setInput] = useState('');
  const [searched, setSearched] = useState<{ query: string; matches: Candidate[] } | null>(null);
  const [searchError, setSearchError] = useState<unknown>(null);
  const report = useLoad(
    (signal) =>
      personId ? graphql(SUBJECT_REPORT, { personId }, { signal }).then((r) => r.municipalSubjectReport) : Promise.resolve(null),
    personId,
  );
  const extract = useLoad(
    (signal) => (personId ? graphql(SUBJECT_EXTRACT, { personId }, { signal }).then((r) => r.subjectExtract) : Promise.resolve(null)),
    personId,
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSearchError(null);
    try {
      const r = await graphql(SUBJECT_SEARCH, { query: input.trim() });
      setSearched({ query: input.trim(), matches: r.subjectSearch.matches });
    } catch (error) {
      setSearchError(error);
    }
  };

  const downloadCsv = (x: Extract) =>
    downloadText(
      toCsv(
        [t('subject.col.when'), t('subject.col.who'), t('subject.col.what'), t('subject.col.purpose')],
        x.lookups.map((l) => [l.at, `${l.actor} (${l.role})`, l.what, l.purpose ?? '']),
      ),
      `aktindsigt-${x.personId}.csv`,
    );

  return (
    <main className={`page ${styles.subjectExport}`}>
      <h1>{t('subject.title')}</h1>
      <p className={`${styles.lead} muted no-print`}>{t('subject.intro')}</p>
      <form className={`${styles.subjectForm} subject-form no-print`} onSubmit={(e) => void submit(e)} aria-label={t('subject.title')}>
        <label>
          {t('subject.search')}
          <input
            name="query"
            required
            minLength={2}
            maxLength={200}
            value={input}
            onChange={(e) => setInput(e.target.value)}
            autoComplete="off"
          />
        </label>
        <button type="submit" className="primary">
          {t('subject.find')}
        </button>
        {report.data && (
          <button type="button" className="secondary" onClick={() => window.print()} data-testid="print">
            {t('subject.print')}
          </button>
        )}
        {extract.data && (
          <button type="button" className="secondary" onClick={() => downloadCsv(extract.data!)} data-testid="csv">
            {t('subject.csv')}
          </button>
        )}
      </form>
      <ErrorNotice error={searchError ?? report.error ?? extract.error} />
      {searched && searched.matches.length === 0 && (
        <p className="notice notice-warn no-print" role="status" data-testid="no-match">
          {t('subject.noMatch', { query: searched.query })}
        </p>
      )}
      {searched && searched.matches.length > 0 && (
        <ul className="no-print" data-testid="subject-matches" aria-label={t('subject.choose')}>
          {searched.matches.map((m) => (
            <li key={m.personId}>
              <button
                type="button"
                className="link-button"
                data-person-id={m.personId}
                onClick={() => {
                  setSearched(null);
                  navigate(SUBJECT_PATH, { person: m.personId });
                }}
              >
                {t('subject.person', { name: m.name, birthDate: m.birthDate ? showDate(m.birthDate, lang) : '–' })}
              </button>{' '}
              <span className="muted small">({m.personId})</span>
            </li>
          ))}
        </ul>
      )}
      {extract.data && (
        <section className="card" data-testid="subject-person">
          <h2>
            {t('subject.person', {
              name: extract.data.name,
              birthDate: extract.data.birthDate ? showDate(extract.data.birthDate, lang) : '–',
            })}
          </h2>
          <h3>{t('subject.lookups', { count: extract.data.lookups.length })}</h3>
          {extract.data.lookups.length === 0 ? (
            <p className="muted">{t('subject.noLookups')}</p>
          ) : (
            <table className={tableStyles.compact} data-testid="subject-lookups">
              <thead>
                <tr>
                  <th>{t('subject.col.when')}</th>
                  <th>{t('subject.col.who')}</th>
                  <th>{t('subject.col.what')}</th>
                  <th>{t('subject.col.purpose')}</th>
                </tr>
              </thead>
              <tbody>
                {extract.data.lookups.map((l, i) => (
                  <tr key={`${l.at}-${i}`}>
                    <td>{showDateTime(l.at, lang)}</td>
                    <td>{l.actor}</td>
                    <td lang="da">{l.what}</td>
                    <td>{l.purpose ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{t('subject.purposes')}</h3>
          <p>{extract.data.purposes.join(' · ') || '–'}</p>
        </section>
      )}
      {report.data && <SubjectReportView key={report.data.personId} report={report.data} />}
    </main>
  );
}

function SubjectReportView({ report }: { report: SubjectReport }) {
  const t = useMunicipalT();
  const { lang } = useLang();
  // When the export was made: fixed once, not on every render.
  const [madeAt] = useState(() => new Date().toISOString());
  return (
    <article className="card" data-testid="subject-report" aria-labelledby="subject-h">
      <h2 id="subject-h">{t('subject.heading', { id: report.personId, code: report.municipalityCode })}</h2>
      <p className="muted small">{t('subject.made', { at: showDateTime(madeAt, lang) })}</p>
      <h3>{t('subject.indicators')}</h3>
      {report.indicators.length === 0 ? (
        <p className="muted">{t('subject.noIndicators')}</p>
      ) : (
        <table className={tableStyles.compact} data-testid="subject-indicators">
          <thead>
            <tr>
              <th>{t('col.date')}</th>
              <th>{t('col.kind')}</th>
              <th>{t('col.municipality')}</th>
              <th>{t('flag.col.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {report.indicators.map((i) => (
              <tr key={i.id}>
                <td>{showDate(i.date, lang)}</td>
                <td>{mlabel(t, 'kind', storedCode(i.kind))}</td>
                <td>{i.municipalityCode}</td>
                <td>{i.detail ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('subject.flags')}</h3>
      {report.flags.length === 0 ? <p className="muted">{t('subject.noFlags')}</p> : <SubjectFlags report={report} lang={lang} />}
    </article>
  );
}

function SubjectFlags({ report, lang }: { report: SubjectReport; lang: Lang }) {
  const t = useMunicipalT();
  return (
    <table className={tableStyles.compact} data-testid="subject-flags">
      <thead>
        <tr>
          <th>{t('col.asOf')}</th>
          <th>{t('subject.col.rules')}</th>
          <th>{t('col.status')}</th>
          <th>{t('subject.col.decisions')}</th>
        </tr>
      </thead>
      <tbody>
        {report.flags.map((f) => (
          <tr key={f.id}>
            <td>{showDate(f.asOf, lang)}</td>
            <td>
              <ul>
                {f.rules.map((r) => (
                  <li key={r} lang="da">
                    {r}
                  </li>
                ))}
              </ul>
            </td>
            <td>{mlabel(t, 'status', f.status)}</td>
            <td>
              <ul>
                {f.decisions.map((d) => (
                  <li key={`${d.at}-${d.decision}`}>
                    {showDateTime(d.at, lang)}: {mlabel(t, 'status', d.decision)} — {d.note}
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
