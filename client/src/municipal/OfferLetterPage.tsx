import { href } from '../app/router';
import { gql } from '../gql';
import { useLang, useMessages } from '../i18n/i18n';
import { showDate } from '../ui/format';
import { useLoad } from '../ui/useLoad';
import { ErrorNotice } from '../ui/ErrorNotice';
import { usePersonRead } from '../shell/purpose';
import { todayInCopenhagen } from '../admin/dates';
import { mlabel, useMunicipalT } from './format';
import { SUPPORT_FLAG } from './municipal-queries';
import { OFFER_LETTER_MESSAGES } from './offer-letter-messages';
import { childFirstNames, letterRecipients, offerDataKinds } from './offer-letter';
import { SUPPORT_PATH } from './SupportInboxPage';
import styles from './municipal.module.css';

const MUNICIPALITY = gql(`query LetterMunicipality { municipalities { code name } }`);

/**
 * The offer letter to the family, `#/support/<id>/letter`: printable (only the letter prints), in
 * plain Danish (English on the English page). It names the kinds of municipal data behind the
 * offer — never police data — says that accepting is voluntary, and how the family can see the
 * data held about them. Nothing is sent by Opspor.
 */
export function OfferLetterPage({ id }: { id: string }) {
  const t = useMessages(OFFER_LETTER_MESSAGES);
  const mt = useMunicipalT();
  const { lang } = useLang();
  const read = usePersonRead();
  const flag = useLoad((signal) => read(SUPPORT_FLAG, { id }, signal).then((r) => r.supportFlag), id);
  const municipalities = useLoad((signal) => read(MUNICIPALITY, {}, signal).then((r) => r.municipalities), 'municipalities');
  const f = flag.data;
  const name = f ? (municipalities.data?.find((m) => m.code === f.municipalityCode)?.name ?? f.municipalityCode) : '';
  const municipality = f?.municipalityCode === '101' ? 'Københavns Kommune' : `${name} Kommune`;
  const children = f ? childFirstNames(f) : [];
  const recipients = f ? letterRecipients(f) : [];
  const kinds = f ? offerDataKinds(f) : [];
  const and = lang === 'da' ? ' og ' : ' and ';
  const list = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${and}${items.at(-1)}`);

  return (
    <main className={`page ${styles.offerLetterPage}`}>
      <p className="no-print">
        <a href={href(`${SUPPORT_PATH}/${id}`)}>{t('back')}</a>
      </p>
      <ErrorNotice error={flag.error ?? municipalities.error} />
      {f && f.status !== 'OFFER_SUPPORT' && (
        <p className="notice notice-warn" role="status">
          {t('notOffered')}
        </p>
      )}
      {f && f.status === 'OFFER_SUPPORT' && municipalities.data && (
        <>
          <div className="button-row no-print">
            <button type="button" className="primary" onClick={() => window.print()} data-testid="print-letter">
              {t('print')}
            </button>
            <span className="muted small">{t('printHint')}</span>
          </div>
          <article className={`card ${styles.offerLetter}`} lang={lang} data-testid="offer-letter">
            <address className={styles.letterSender}>
              {t('sender', { municipality })
                .split('\n')
                .map((line) => (
                  <div key={line}>{line}</div>
                ))}
            </address>
            <p className="muted">{t('date', { date: showDate(todayInCopenhagen(), lang) })}</p>
            <p>{recipients.length > 0 ? t('to', { names: list(recipients) }) : t('toFamily')}</p>
            <h1>{t('title')}</h1>
            <p>{children.length > 0 ? t('intro', { children: list(children) }) : t('introNoChildren')}</p>
            <h2>{t('whyTitle')}</h2>
            <p>{kinds.length > 0 ? t('why') : t('whyNone')}</p>
            {kinds.length > 0 && (
              <ul aria-label={t('kindsNote')} data-testid="letter-kinds">
                {kinds.map((k) => (
                  <li key={k}>{mlabel(mt, 'kind', k)}</li>
                ))}
              </ul>
            )}
            <p data-testid="letter-no-police">{t('noPolice')}</p>
            <p>{t('notAConcern')}</p>
            <h2>{t('voluntaryTitle')}</h2>
            <p data-testid="letter-voluntary">{t('voluntary')}</p>
            <h2>{t('seeTitle')}</h2>
            <p data-testid="letter-access">{t('see')}</p>
            <h2>{t('answerTitle')}</h2>
            <p>{t('answer')}</p>
            <p className={styles.letterRegards}>
              {t('regards')}
              <br />
              {t('signature', { municipality })}
            </p>
          </article>
        </>
      )}
    </main>
  );
}
