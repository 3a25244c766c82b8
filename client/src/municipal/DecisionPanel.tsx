import { useState } from 'react';
import { graphql } from '../api/graphql';
import { useMe } from '../app/session';
import type { Lang } from '../i18n/i18n';
import { showDateTime } from '../ui/format';
import { ErrorNotice } from '../ui/ErrorNotice';
import { mlabel, useMunicipalT } from './format';
import { DECIDE } from './municipal-queries';
import { SUPPORT_DECISIONS, type SupportDecision, type SupportDecisionKind } from './municipal.types';
import { SupportStatusBadge } from './SupportStatusBadge';
import styles from './municipal.module.css';
import historyStyles from '../ui/history.module.css';

// The API refuses shorter notes; saying so before the round trip is kinder.
const MIN_NOTE = 3;

interface Props {
  flagId: string;
  status: string;
  decisions: readonly SupportDecision[];
  lang: Lang;
  /** called after a decision is saved, so the page can load the flag (and its history) again */
  onDecided(status: string): void;
}

/** The caseworker's decision (each needs a note) and the history of decisions, newest first. */
export function DecisionPanel({ flagId, status, decisions, lang, onDecided }: Props) {
  const t = useMunicipalT();
  const me = useMe();
  const decides = me.role === 'caseworker';
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<SupportDecisionKind | null>(null);

  const decide = async (decision: SupportDecisionKind) => {
    if (note.trim().length < MIN_NOTE) {
      setNoteMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    setNoteMissing(false);
    setSaved(null);
    try {
      const { decideSupportFlag } = await graphql(DECIDE, { id: flagId, decision, note: note.trim() });
      setNote('');
      setSaved(decision);
      onDecided(decideSupportFlag);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <aside className="side-panel triage" aria-labelledby="decision-h" data-testid="decision">
      <h2 id="decision-h">{t('decision.title')}</h2>
      <dl className="facts">
        <dt>{t('decision.status')}</dt>
        <dd>
          <SupportStatusBadge status={status} />
        </dd>
      </dl>
      <ErrorNotice error={error} />
      {decides ? (
        <div className="decide">
          <label className="stack">
            {t('decision.note')}
            <textarea
              name="note"
              rows={4}
              maxLength={4000}
              value={note}
              placeholder={t('decision.notePlaceholder')}
              onChange={(e) => setNote(e.target.value)}
              aria-invalid={noteMissing}
              aria-describedby={noteMissing ? 'note-error' : undefined}
            />
          </label>
          {noteMissing && (
            <p className="field-error" role="alert" id="note-error">
              {t('decision.noteRequired')}
            </p>
          )}
          <div className="button-row">
            {SUPPORT_DECISIONS.map((d) => (
              <button
                key={d}
                type="button"
                className={d === 'OFFER_SUPPORT' ? 'primary' : 'secondary'}
                disabled={busy}
                data-decision={d}
                onClick={() => void decide(d)}
              >
                {mlabel(t, 'decide', d)}
              </button>
            ))}
          </div>
          {saved && (
            <p className={styles.decisionSaved} role="status">
              {t('decision.saved', { decision: mlabel(t, 'decide', saved) })}
            </p>
          )}
        </div>
      ) : (
        <p className="muted small">{t('decision.readOnly')}</p>
      )}
      <h3>{t('decision.history')}</h3>
      {decisions.length === 0 ? (
        <p className="muted small">{t('decision.noHistory')}</p>
      ) : (
        <ol className={historyStyles.history} data-testid="decision-history">
          {[...decisions].reverse().map((d) => (
            <li key={`${d.at}-${d.decision}`} data-decision={d.decision}>
              <div>
                <time dateTime={d.at}>{showDateTime(d.at, lang)}</time> · <strong>{d.actor}</strong>
              </div>
              <div>{mlabel(t, 'status', d.decision)}</div>
              <div className={historyStyles.historyNote}>{d.note}</div>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
