import { href } from '../app/router';
import { AdultsSection } from '../cluster/ClusterPeople';
import { useLang, useMessages } from '../i18n/i18n';
import { showDate } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { DecisionPanel } from './DecisionPanel';
import { useMunicipalT } from './format';
import { SUPPORT_FLAG } from './municipal-queries';
import { SharedPoliceHistory, SharingNotice } from './SharingBases';
import { SupportChildren } from './SupportChildren';
import { FamilyAnswerPanel } from './FamilyAnswerPanel';
import { SUPPORT_FLAG_ANSWER } from './family-answer';
import { OFFER_LETTER_MESSAGES } from './offer-letter-messages';
import { SupportFamily } from './SupportFamily';
import { SUPPORT_PATH } from './SupportInboxPage';
import { SupportSignals } from './SupportSignals';
import { SupportStatusBadge } from './SupportStatusBadge';
import styles from './municipal.module.css';
import layoutStyles from '../ui/layout.module.css';

// The API words the offer in Danish; this is the same text for the English page.
const WORDING_EN =
  "An offer of support: the municipality's own records suggest that the family may benefit from an offer of early support. " +
  'It is an offer to the family, not a notification, and nothing is sent automatically.';

/** One offer of support: `#/support/<id>`. Sharing bases first, then the offer, the children, the adults, why, the family; the decision beside. */
export function SupportFlagPage({ id }: { id: string }) {
  const t = useMunicipalT();
  const letter = useMessages(OFFER_LETTER_MESSAGES);
  const { lang } = useLang();
  const read = usePersonRead();
  const flag = useLoad((signal) => read(SUPPORT_FLAG, { id }, signal).then((r) => r.supportFlag), id);
  const answer = useLoad((signal) => read(SUPPORT_FLAG_ANSWER, { id }, signal).then((r) => r.supportFlag), `${id}-answer`);
  const f = flag.data;

  return (
    <main className={`page cluster ${styles.supportFlag}`}>
      <p>
        <a href={href(SUPPORT_PATH)}>{t('flag.back')}</a>
      </p>
      <ErrorNotice error={flag.error} />
      {f && (
        <>
          <div className="page-head">
            <h1>{t('flag.title')}</h1>
            <SupportStatusBadge status={f.status} />
            <span className="muted">{t('flag.asOf', { date: showDate(f.asOf, lang) })}</span>
            {!f.active && <span className="muted small">({t('flag.inactive')})</span>}
            {f.status === 'OFFER_SUPPORT' && (
              <a href={href(`${SUPPORT_PATH}/${f.id}/letter`)} data-testid="offer-letter-link">
                {letter('open')}
              </a>
            )}
          </div>
          <SharingNotice bases={f.sharingBases} lang={lang} />
          <div className={layoutStyles.mainAside}>
            <div className="cluster-main">
              <section className={`card ${styles.supportWording}`} aria-labelledby="wording-h" data-testid="wording">
                <h2 id="wording-h">{t('flag.wording')}</h2>
                {lang === 'da' ? (
                  <p>{f.wording}</p>
                ) : (
                  <>
                    <p>{WORDING_EN}</p>
                    <p className="muted small">
                      {t('flag.original')}: <span lang="da">{f.wording}</span>
                    </p>
                  </>
                )}
              </section>
              <SupportChildren members={f.members} lang={lang} />
              <AdultsSection flag={f} custodyNote={false} />
              <SupportSignals flag={f} lang={lang} />
              <SharedPoliceHistory history={f.sharedPoliceHistory} bases={f.sharingBases} members={f.members} />
              <SupportFamily members={f.members} asOf={f.asOf} lang={lang} />
            </div>
            <div className={styles.sideStack}>
              <DecisionPanel
                flagId={f.id}
                status={f.status}
                decisions={f.decisions}
                lang={lang}
                onDecided={() => {
                  flag.reload();
                  answer.reload();
                }}
              />
              {answer.data && (f.status === 'OFFER_SUPPORT' || answer.data.familyAnswer) && (
                <FamilyAnswerPanel flag={answer.data} onRecorded={() => answer.reload()} />
              )}
            </div>
          </div>
        </>
      )}
    </main>
  );
}
