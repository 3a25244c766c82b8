import { CypherView } from '../queries/CypherEditor';
import { useLang, useMessages } from '../i18n/i18n';
import type { RiskRuleInfo, RuleParameterInfo } from './admin-api';
import { paramField, shortText, weightField, type Problem, type RuleDraft } from './rule-overrides';
import { RULES_MESSAGES, type RulesKey } from './rules-messages';
import styles from './admin.module.css';
import tableStyles from '../ui/table.module.css';

interface Props {
  rule: RiskRuleInfo;
  /** the rule's part of the form while an admin edits; absent when reading */
  draft?: RuleDraft;
  onChange?(draft: RuleDraft): void;
  /** the form's problems and the server's refusals, by field name */
  problems: Record<string, Problem>;
  serverErrors: Record<string, string>;
}

/** One rule as users may read it: titles, kind, source, weight, every parameter with its reason, and its Cypher. */
export function RuleCard({ rule, draft, onChange, problems, serverErrors }: Props) {
  const t = useMessages(RULES_MESSAGES);
  const { lang } = useLang();
  const [title, other] = lang === 'da' ? [rule.titleDa, rule.titleEn] : [rule.titleEn, rule.titleDa];
  const enabled = draft ? draft.enabled : rule.enabled;
  const problemText = (field: string) => {
    const p = problems[field];
    if (p) return t(`problem.${p.key}` as RulesKey, p.vars);
    const refused = serverErrors[field];
    return refused ? t('serverRefused', { reason: refused }) : null;
  };
  const weightProblem = problemText(weightField(rule.id));

  return (
    <article
      className={`card rule-card${enabled ? '' : ` ${styles.ruleDisabled}`}`}
      data-rule-id={rule.id}
      aria-labelledby={`rule-${rule.id}-h`}
    >
      <header className={`${styles.ruleHead} rule-head`}>
        <h3 id={`rule-${rule.id}-h`}>{title}</h3>
        <span className="muted small" lang={lang === 'da' ? 'en' : 'da'}>
          {other}
        </span>
        <span className={styles.ruleBadges}>
          <span
            className={`${styles.badge} ${rule.kind === 'trigger' ? styles.badgeTrigger : styles.badgeContext}`}
            title={t(`kindHint.${rule.kind}` as RulesKey)}
          >
            {t(`kind.${rule.kind}` as RulesKey)}
          </span>
          <span className={styles.badge}>{t(`source.${rule.source}` as RulesKey)}</span>
          {!draft && <span className={`${styles.badge} badge-weight`}>{t('weight', { weight: rule.weight })}</span>}
          {!draft && (
            <span className={`${styles.badge} ${rule.enabled ? styles.badgeOn : styles.badgeOff}`}>
              {rule.enabled ? t('enabled') : t('disabled')}
            </span>
          )}
        </span>
      </header>
      <p className={styles.ruleDescription} data-testid="rule-description">
        <code className={styles.ruleId}>{rule.id}</code> {rule.description}
      </p>
      {draft && onChange && (
        <div className={styles.ruleEditRow}>
          <label>
            {t('weightLabel')}{' '}
            <input
              type="number"
              className="narrow"
              name={weightField(rule.id)}
              min={0}
              max={100}
              step="any"
              value={draft.weight}
              aria-invalid={weightProblem ? true : undefined}
              aria-describedby={weightProblem ? `${weightField(rule.id)}-error` : undefined}
              onChange={(e) => onChange({ ...draft, weight: e.target.value })}
            />
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              name={`${rule.id}.enabled`}
              checked={draft.enabled}
              onChange={(e) => onChange({ ...draft, enabled: e.target.checked })}
            />
            {t('enabledLabel')}
          </label>
          {weightProblem && (
            <span className="field-error" id={`${weightField(rule.id)}-error`} role="alert">
              {weightProblem}
            </span>
          )}
        </div>
      )}
      {rule.parameters.length === 0 ? (
        <p className="muted small">{t('noParameters')}</p>
      ) : (
        <table className={`${tableStyles.compact} ${styles.paramTable}`} data-testid="param-table">
          <caption className="visually-hidden">{t('parameters')}</caption>
          <colgroup>
            <col className={styles.colName} />
            <col className={styles.colValue} />
            <col className={styles.colDefault} />
            <col className={styles.colBounds} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('col.parameter')}</th>
              <th scope="col">{t('col.value')}</th>
              <th scope="col">{t('col.default')}</th>
              <th scope="col">{t('col.bounds')}</th>
              <th scope="col">{t('col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rule.parameters.map((p) => (
              <tr key={p.name} data-param={p.name}>
                <th scope="row">
                  <code>{p.name}</code>
                  <div className="muted small">{p.type}</div>
                </th>
                <td className="param-value">
                  {draft && onChange ? (
                    <ParamInput
                      ruleId={rule.id}
                      param={p}
                      text={draft.params[p.name] ?? ''}
                      problem={problemText(paramField(rule.id, p.name))}
                      onChange={(text) => onChange({ ...draft, params: { ...draft.params, [p.name]: text } })}
                    />
                  ) : (
                    <>
                      <strong>{shortText(p.type, p.value)}</strong>
                      {p.value !== p.defaultValue && <span className={styles.changedTag}>{t('changedFromDefault')}</span>}
                    </>
                  )}
                </td>
                <td>{shortText(p.type, p.defaultValue)}</td>
                <td className="nowrap">{p.min === null && p.max === null ? t('noBounds') : `${p.min ?? ''}–${p.max ?? ''}`}</td>
                <td className={styles.paramReason} data-testid="param-reason">
                  {p.reason}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details className={`${styles.ruleCypher} rule-cypher`}>
        <summary>{t('cypher')}</summary>
        <CypherView source={rule.cypher} />
      </details>
    </article>
  );
}

function ParamInput(props: {
  ruleId: string;
  param: RuleParameterInfo;
  text: string;
  problem: string | null;
  onChange(text: string): void;
}) {
  const t = useMessages(RULES_MESSAGES);
  const { ruleId, param, text, problem, onChange } = props;
  const name = paramField(ruleId, param.name);
  const errorId = `${name}-error`;
  const common = {
    name,
    'aria-label': `${ruleId} ${param.name}`,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? errorId : undefined,
  };
  let input;
  if (param.type === 'integer' || param.type === 'float') {
    input = (
      <input
        {...common}
        type="number"
        className="narrow"
        min={param.min ?? undefined}
        max={param.max ?? undefined}
        step={param.type === 'integer' ? 1 : 'any'}
        value={text}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  } else if (param.type === 'boolean') {
    input = <input {...common} type="checkbox" checked={text === 'true'} onChange={(e) => onChange(String(e.target.checked))} />;
  } else if (param.type === 'string[]') {
    input = (
      <>
        <textarea
          {...common}
          rows={Math.min(8, Math.max(2, text.split('\n').length + 1))}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="muted small">{t('listHint')}</span>
      </>
    );
  } else {
    input = <input {...common} type="text" value={text} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <div className={styles.paramInput}>
      {input}
      {problem && (
        <span className="field-error" id={errorId} role="alert">
          {problem}
        </span>
      )}
    </div>
  );
}
