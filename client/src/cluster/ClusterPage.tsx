import { href } from '../app/router';
import { useLang } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { useReviewT } from '../review/format';
import { showDate } from '../ui/format';
import { FLAG, FLAG_REVIEW } from '../review/review-queries';
import { StatusBadge } from '../review/StatusBadge';
import { useLoad } from '../ui/useLoad';
import { ClusterGenogram } from './ClusterGenogram';
import { AdultsSection, ChildrenSection } from './ClusterPeople';
import { SignalsSection } from './SignalsSection';
import { TriagePanel } from './TriagePanel';
import { useVersionT, VersionNotices, VersionsSection } from './VersionPanel';
import styles from './cluster.module.css';
import layoutStyles from '../ui/layout.module.css';

/** One flagged cluster: `#/flags/<id>`. Children first, then the adults, the evidence, the family; triage beside. */
export function ClusterPage({ id, version = null }: { id: string; version?: number | null }) {
  const t = useReviewT();
  const vt = useVersionT();
  const { lang } = useLang();
  const read = usePersonRead();
  const flag = useLoad((signal) => read(FLAG, { id, lang, version }, signal).then((r) => r.flag), `${id}|${lang}|${version ?? ''}`);
  const review = useLoad((signal) => read(FLAG_REVIEW, { id }, signal).then((r) => r.flagReview), id);
  const f = flag.data;
  const eldest = f?.members.find((m) => m.relation === 'CHILD');

  return (
    <main className="page cluster">
      <p>
        <a href={href('/inbox')}>{t('cluster.back')}</a>
      </p>
      <ErrorNotice error={flag.error ?? review.error} />
      {f && (
        <>
          <div className="page-head">
            <h1>
              {t('cluster.title')}: {f.address ? `${f.address.street}, ${f.address.city}` : f.municipalityName}
            </h1>
            <StatusBadge status={review.data?.status ?? f.status} />
            {f.reopenReason && f.status === 'NEW' && (
              <span className={styles.reopenPill}>{vt(`reopen.${f.reopenReason}` as 'reopen.evidence-after-report')}</span>
            )}
            <span className={styles.scorePill}>{t('cluster.score', { score: f.score })}</span>
            <span className="muted">
              {f.municipalityName} · {t('cluster.asOf', { date: showDate(f.asOf, lang) })}
            </span>
          </div>
          <VersionNotices flag={f} lang={lang} />
          <div className={layoutStyles.mainAside}>
            <div className="cluster-main">
              <ChildrenSection flag={f} lang={lang} />
              <AdultsSection flag={f} />
              <SignalsSection flag={f} lang={lang} />
              <VersionsSection flag={f} lang={lang} />
              {eldest && <ClusterGenogram childId={eldest.personId} childName={eldest.name} asOf={f.asOf} lang={lang} />}
            </div>
            {review.data && !f.readOnly && f.viewingVersion === f.version && (
              <TriagePanel review={review.data} lang={lang} onChange={review.set} />
            )}
          </div>
        </>
      )}
    </main>
  );
}
