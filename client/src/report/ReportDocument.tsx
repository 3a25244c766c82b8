import type { Lang } from '../i18n/i18n';
import { label, showDate, useReviewT } from '../review/format';

export interface ReportView {
  status: string | null;
  reference: string | null;
  municipalityName: string;
  senderDistrictName: string | null;
  legalBasis: string | null;
  introduction: string | null;
  children: { name: string; birthDate: string }[];
  concern: string[];
  assessment: string;
  authors: string[];
  approvedBy: string | null;
  approvedAt: string | null;
  notice: string | null;
}

/** The report as the municipality will read it (the same set as the printed HTML and the PDF). */
export function ReportDocument({ report, lang, draft }: { report: ReportView; lang: Lang; draft: boolean }) {
  const t = useReviewT();
  return (
    <article className={draft ? 'report-document draft' : 'report-document'} data-testid="report-document" lang="da">
      <p className="muted small">
        {report.senderDistrictName && report.reference
          ? t('report.from', { district: report.senderDistrictName, reference: report.reference })
          : t('report.preview')}
        {report.status && <span className="report-status"> · {label(t, 'report.status', report.status)}</span>}
      </p>
      <h2>{t('report.to', { municipality: report.municipalityName })}</h2>
      {report.legalBasis && <p className="muted small">{report.legalBasis}</p>}
      {report.introduction && <p>{report.introduction}</p>}
      <h3>{report.children.length === 1 ? t('report.child') : t('cluster.children')}</h3>
      <ul data-testid="report-children">
        {report.children.map((c) => (
          <li key={`${c.name}-${c.birthDate}`}>
            {c.name}, {t('cluster.born', { date: showDate(c.birthDate, lang) })}
          </li>
        ))}
      </ul>
      <h3>{t('report.concern')}</h3>
      <ul className="concern">
        {report.concern.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{t('report.assessmentHeading')}</h3>
      {report.assessment ? (
        report.assessment.split(/\n{2,}/).map((p, i) => (
          <p key={i} className="assessment">
            {p}
          </p>
        ))
      ) : (
        <p className="muted">{t('report.noAssessment')}</p>
      )}
      {report.authors.length > 0 && (
        <p className="muted small">
          {t('report.authors', { authors: report.authors.join(', ') })}
          {report.approvedBy && ` · ${t('report.approvedBy', { by: report.approvedBy, at: showDate(report.approvedAt, lang) })}`}
        </p>
      )}
      {report.notice && <p className="report-notice">{report.notice}</p>}
    </article>
  );
}
