import { readableSum } from '../municipal/format';
import type { Lang } from '../i18n/i18n';
import { useReviewT } from '../review/format';
import { showDate } from '../ui/format';
import type { FlagDetail, Signal } from '../review/review.types';
import { EvidenceTables } from './EvidenceTables';
import styles from './cluster.module.css';
import signalStyles from '../ui/signals.module.css';

/** Each rule that fired, in plain language, with its evidence minimised to category, date, role and district. */
export function SignalsSection({ flag, lang }: { flag: FlagDetail; lang: Lang }) {
  const t = useReviewT();
  return (
    <section className="card" aria-labelledby="signals-h" data-testid="signals">
      <h2 id="signals-h">{t('cluster.signals')}</h2>
      <p className="muted small">{t('cluster.minimised')}</p>
      {flag.signals.map((s, i) => (
        <SignalItem key={`${s.ruleId}-${s.personId ?? i}`} flag={flag} signal={s} lang={lang} />
      ))}
      <p className="muted small">{t('cluster.scoreWhy', { explanation: withNames(flag) })}</p>
    </section>
  );
}

function SignalItem({ flag, signal, lang }: { flag: FlagDetail; signal: Signal; lang: Lang }) {
  const t = useReviewT();
  return (
    <article
      className={signal.kind === 'trigger' ? `${signalStyles.signal} ${signalStyles.trigger}` : signalStyles.signal}
      data-rule-id={signal.ruleId}
    >
      <header>
        <strong>{signal.ruleTitle}</strong>{' '}
        <span className="muted small">
          {t('cluster.margin', { value: signal.value, threshold: signal.threshold, weight: signal.weight })}
        </span>
      </header>
      <p>{signal.explanation}</p>
      <CurrentCase signal={signal} lang={lang} />
      <EvidenceTables flag={flag} evidence={signal.evidence} lang={lang} />
    </article>
  );
}

/** "The current case … / history: n cases since …" — what made the signal come up now, and what stands behind it. */
function CurrentCase({ signal, lang }: { signal: Signal; lang: Lang }) {
  const t = useReviewT();
  const current = signal.currentCaseId ? signal.evidence.find((e) => e.id === signal.currentCaseId) : undefined;
  if (!current) return null;
  const what = [current.categoryLabel ?? current.category, showDate(current.date, lang)].filter(Boolean).join(', ');
  return (
    <p className={styles.currentCase} data-testid="current-case">
      <strong>{t('cluster.currentCase', { what })}</strong>
      {signal.historyCount ? (
        <>
          {' · '}
          {t(signal.historyCount === 1 ? 'cluster.historyOne' : 'cluster.history', {
            count: signal.historyCount,
            since: showDate(signal.historySince, lang),
          })}
        </>
      ) : (
        <> · {t('cluster.noHistory')}</>
      )}
    </p>
  );
}

/** The score's sum with the members' names in place of their ids (an address id stays: it is the home). */
function withNames(flag: FlagDetail): string {
  const titles = new Map(flag.signals.map((s) => [s.ruleId, s.ruleTitle]));
  let text = readableSum(flag.scoreExplanation, flag.members, (id) => titles.get(id) ?? id);
  if (flag.address) text = text.split(flag.address.id).join(flag.address.street);
  return text;
}
