import { useLang, useMessages } from '../i18n/i18n';
import { ErrorNotice } from '../ui/ErrorNotice';
import type { PreviewReport, RiskRuleInfo } from './admin-api';
import { BackTestResult } from './BackTestResult';
import type { Change } from './rule-overrides';
import { RULES_MESSAGES } from './rules-messages';
import styles from './admin.module.css';
import { DateField } from '../ui/DateField';

interface Props {
  rules: readonly RiskRuleInfo[];
  changes: Change[];
  problemCount: number;
  /** server refusals that name no field of the form */
  otherErrors: string[];
  error: unknown;
  asOf: string;
  onAsOf(value: string): void;
  preview: PreviewReport | null;
  /** the back-test was of an earlier state of the form */
  stale: boolean;
  busy: 'preview' | 'save' | null;
  onBackTest(): void;
  onSave(): void;
  onCancel(): void;
}

/** The admin's side of editing: what changes, the back-test, then Save (only after a back-test of exactly this form). */
export function RuleEditPanel(props: Props) {
  const t = useMessages(RULES_MESSAGES);
  const { lang } = useLang();
  const title = (ruleId: string | null) => {
    const rule = props.rules.find((r) => r.id === ruleId);
    if (!rule) return null;
    return lang === 'da' ? rule.titleDa : rule.titleEn;
  };
  const canSave = props.preview !== null && !props.stale && props.problemCount === 0 && props.busy === null;
  return (
    <section className={`card ${styles.editPanel}`} aria-labelledby="edit-h" data-testid="rule-edit-panel">
      <h2 id="edit-h">{t('changes')}</h2>
      <p className="muted small">{t('editing')}</p>
      {props.changes.length === 0 ? (
        <p className="muted">{t('noChanges')}</p>
      ) : (
        <ul className={styles.changeList} data-testid="changes">
          {props.changes.map((c) => (
            <li key={c.field}>
              {title(c.ruleId) && <span className="muted small">{title(c.ruleId)} · </span>}
              <code>{c.field.replace(`${c.ruleId}.`, '')}</code>: <del>{c.from}</del> → <ins>{c.to}</ins>
            </li>
          ))}
        </ul>
      )}
      {props.problemCount > 0 && (
        <p className="field-error" role="alert">
          {t('problems', { count: props.problemCount })}
        </p>
      )}
      {props.otherErrors.map((e) => (
        <p key={e} className="field-error" role="alert">
          {e}
        </p>
      ))}
      <ErrorNotice error={props.error} />
      <form
        className={styles.backtestForm}
        onSubmit={(e) => {
          e.preventDefault();
          props.onBackTest();
        }}
      >
        <label>
          {t('asOf')} <DateField name="asOf" required value={props.asOf} onChange={(e) => props.onAsOf(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={props.busy !== null || props.problemCount > 0} data-testid="backtest">
          {props.busy === 'preview' ? t('backTesting') : t('backTest')}
        </button>
      </form>
      <p className="muted small">{t('backTestHint')}</p>
      {props.preview && <BackTestResult report={props.preview} stale={props.stale} />}
      <div className="button-row">
        <button type="button" className="primary" disabled={!canSave} onClick={props.onSave} data-testid="save-rules">
          {props.busy === 'save' ? t('saving') : t('save')}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel} data-testid="cancel-edit">
          {t('cancel')}
        </button>
      </div>
      {!props.preview && <p className="muted small">{t('backTestFirst')}</p>}
    </section>
  );
}
