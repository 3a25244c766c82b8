import type { Lang } from '../i18n/i18n';
import { label, useReviewT } from '../review/format';
import { showDate } from '../ui/format';
import styles from './report.module.css';

export interface ReportView {
  status: string | null;
  reference: string | null;
  municipalityName: string;
  senderDistrictName: string | null;
  senderContact: string[];
  issueDate: string | null;
  legalBasis: string | null;
  introduction: string | null;
  children: { name: string; birthDate: string; age: number }[];
  concern: string[];
  observed: string | null;
  institution: string | null;
  assessment: string;
  authorNames: string[];
  approverName: string | null;
  notice: string | null;
}

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <p key={i} className={styles.assessment}>
          {p}
        </p>
      ))}
    </>
  );
}

/** The report as the municipality will read it: the same letter as the printed HTML and the PDF. */
export function ReportDocument({ report, lang, draft }: { report: ReportView; lang: Lang; draft: boolean }) {
  const t = useReviewT();
  const several = report.children.length !== 1;
  return (
    <article className={draft ? `${styles.reportDocument} ${styles.draft}` : styles.reportDocument} data-testid="report-document" lang="da">
      {report.senderContact.length > 0 && (
        <address className={styles.reportSender} data-testid="report-sender">
          {report.senderContact.map((line) => (
            <span key={line}>
              {line}
              <br />
            </span>
          ))}
        </address>
      )}
      <p className="muted small">
        {report.issueDate && `${t('report.date', { date: showDate(report.issueDate, lang) })} · `}
        {report.senderDistrictName && report.reference
          ? t('report.from', { district: report.senderDistrictName, reference: report.reference })
          : t('report.preview')}
        {report.status && <span className={`${styles.reportStatus} report-status`}> · {label(t, 'report.status', report.status)}</span>}
      </p>
      <h2>{t('report.to', { municipality: report.municipalityName })}</h2>
      {report.legalBasis && <p className="muted small">{report.legalBasis}</p>}
      {report.introduction && <p>{report.introduction}</p>}
      <h3>{several ? t('cluster.children') : t('report.child')}</h3>
      <ul data-testid="report-children">
        {report.children.map((c) => (
          <li key={`${c.name}-${c.birthDate}`}>
            {c.name}, {t('cluster.born', { date: showDate(c.birthDate, lang) })} ({t('report.ageValue', { age: c.age })})
          </li>
        ))}
      </ul>
      <h4>{t('report.observed')}</h4>
      {report.observed ? <Paragraphs text={report.observed} /> : <p className="muted">–</p>}
      <h4>{t('report.institution')}</h4>
      <p>{report.institution || '–'}</p>
      <h4>{t('report.assessment')}</h4>
      {report.assessment ? <Paragraphs text={report.assessment} /> : <p className="muted">{t('report.noAssessment')}</p>}
      <h3>{t('report.concern')}</h3>
      <ul className={styles.concern}>
        {report.concern.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{t('report.recipient')}</h3>
      <p>{report.municipalityName}</p>
      {report.authorNames.length > 0 && (
        <p className="muted small" data-testid="report-signatures">
          {t('report.authors', { authors: report.authorNames.join(' og ') })}
          {report.approverName &&
            ` · ${t('report.approvedBy', { by: report.approverName, at: report.issueDate ? showDate(report.issueDate, lang) : '' })}`}
        </p>
      )}
      {report.notice && <p className={styles.reportNotice}>{report.notice}</p>}
    </article>
  );
}
