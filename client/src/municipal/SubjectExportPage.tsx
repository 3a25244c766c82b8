import { useState, type FormEvent } from 'react';
import { graphql } from '../api/graphql';
import { navigate } from '../app/router';
import { useLang, type Lang } from '../i18n/i18n';
import { showDate, showDateTime } from '../review/format';
import { useLoad } from '../review/useReviewData';
import { ErrorNotice } from '../shell/ErrorNotice';
import { mlabel, useMunicipalT } from './format';
import { SUBJECT_REPORT } from './municipal-queries';
import type { SubjectReport } from './municipal.types';
import '../review/review.css';
import './municipal.css';

export const SUBJECT_PATH = '/subject-access';

/** For municipal-admins: the data-subject export for a person, `#/subject-access?person=<id>`, printable. */
export function SubjectExportPage({ query }: { query: URLSearchParams }) {
  const t = useMunicipalT();
  const personId = query.get('person')?.trim() ?? '';
  const [input, setInput] = useState(personId);
  const report = useLoad(
    (signal) =>
      personId
        ? graphql<{ municipalSubjectReport: SubjectReport }>(SUBJECT_REPORT, { personId }, { signal }).then((r) => r.municipalSubjectReport)
        : Promise.resolve(null),
    personId,
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Asking again for the same person makes a fresh (and freshly logged) export.
    if (input.trim() === personId) report.reload();
    else navigate(SUBJECT_PATH, { person: input.trim() });
  };

  return (
    <main className="page subject-export">
      <h1>{t('subject.title')}</h1>
      <p className="lead muted no-print">{t('subject.intro')}</p>
      <form className="subject-form no-print" onSubmit={submit} aria-label={t('subject.title')}>
        <label>
          {t('subject.personId')}
          <input name="personId" required maxLength={200} value={input} onChange={(e) => setInput(e.target.value)} autoComplete="off" />
        </label>
        <button type="submit" className="primary">
          {t('subject.show')}
        </button>
        {report.data && (
          <button type="button" className="secondary" onClick={() => window.print()} data-testid="print">
            {t('subject.print')}
          </button>
        )}
      </form>
      <ErrorNotice error={report.error} />
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
        <table className="compact" data-testid="subject-indicators">
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
                <td>{mlabel(t, 'kind', i.kind)}</td>
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
    <table className="compact" data-testid="subject-flags">
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
