import type { Lang } from '../i18n/i18n';
import { showDate } from '../ui/format';
import { mlabel, readableSum, useMunicipalT } from './format';
import type { SupportFlag, SupportSignal } from './municipal.types';
import signalStyles from '../ui/signals.module.css';
import tableStyles from '../ui/table.module.css';

/** Each rule that fired, in plain language, with the municipality's own records behind it. */
export function SupportSignals({ flag, lang }: { flag: SupportFlag; lang: Lang }) {
  const t = useMunicipalT();
  const titles = new Map(flag.signals.map((s) => [s.ruleId, s.ruleTitle]));
  const ruleTitle = (id: string) => (lang === 'da' ? (titles.get(id) ?? id) : mlabel(t, 'rule', id, titles.get(id) ?? id));
  return (
    <section className="card" aria-labelledby="signals-h" data-testid="signals">
      <h2 id="signals-h">{t('flag.signals')}</h2>
      <p className="muted small">{t('flag.signalsIntro')}</p>
      {flag.signals.map((s, i) => (
        <SignalItem key={`${s.ruleId}-${s.personId ?? i}`} signal={s} lang={lang} ruleTitle={ruleTitle} />
      ))}
      <p className="muted small">{t('flag.scoreWhy', { explanation: readableSum(flag.scoreExplanation, flag.members, ruleTitle) })}</p>
    </section>
  );
}

function SignalItem({ signal, lang, ruleTitle }: { signal: SupportSignal; lang: Lang; ruleTitle(id: string): string }) {
  const t = useMunicipalT();
  return (
    <article
      className={signal.kind === 'trigger' ? `${signalStyles.signal} ${signalStyles.trigger}` : signalStyles.signal}
      data-rule-id={signal.ruleId}
    >
      <header>
        <strong>{ruleTitle(signal.ruleId)}</strong>{' '}
        <span className="muted small">{t('flag.margin', { value: signal.value, threshold: signal.threshold, weight: signal.weight })}</span>
      </header>
      {/* The API explains in Danish; say so to screen readers when the page is in English. */}
      <p lang="da">{signal.explanation}</p>
      {signal.evidence.length > 0 && (
        <table className={`${tableStyles.compact} ${signalStyles.evidence}`}>
          <thead>
            <tr>
              <th>{t('flag.col.date')}</th>
              <th>{t('flag.col.kind')}</th>
              <th>{t('flag.col.municipality')}</th>
            </tr>
          </thead>
          <tbody>
            {signal.evidence.map((e) => (
              <tr key={e.id} data-evidence-id={e.id}>
                <td>{showDate(e.date, lang)}</td>
                <td>{e.category ? mlabel(t, 'kind', e.category) : e.kind}</td>
                <td>{e.municipality ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
