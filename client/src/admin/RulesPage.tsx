import { useState } from 'react';
import { graphql } from '../api/graphql';
import { useMe } from '../app/session';
import { useLang, useMessages } from '../i18n/i18n';
import { useLoad } from '../ui/useLoad';
import { ErrorNotice } from '../ui/ErrorNotice';
import { RISK_POLICY, RISK_RULES, type RiskRuleInfo } from './admin-api';
import { OperationsPanel } from './OperationsPanel';
import { RuleCard } from './RuleCard';
import { RuleEditPanel } from './RuleEditPanel';
import { POLICY_FIELD, type Problem } from './rule-overrides';
import { RULES_MESSAGES, type RulesKey } from './rules-messages';
import { RuleCategories } from './RuleCategories';
import { useRuleEditor } from './use-rule-editor';
import styles from './admin.module.css';

function ruleTitle(rules: readonly RiskRuleInfo[], id: string, lang: string): string {
  const rule = rules.find((r) => r.id === id);
  return rule ? (lang === 'da' ? rule.titleDa : rule.titleEn) : id;
}

/** The rules in force, readable by police users; admins edit, back-test and save them, and run scan and retention. */
export function RulesPage() {
  const t = useMessages(RULES_MESSAGES);
  const { lang } = useLang();
  const me = useMe();
  const isAdmin = me.role === 'admin';
  const rules = useLoad((signal) => graphql(RISK_RULES, {}, { signal }).then((r) => r.riskRules), 'rules');
  const policy = useLoad((signal) => graphql(RISK_POLICY, {}, { signal }).then((r) => r.riskPolicy), 'policy');
  const [saved, setSaved] = useState(false);
  const list = rules.data ?? [];
  const editor = useRuleEditor(
    list,
    policy.data,
    () => {
      policy.reload();
      rules.reload();
      setSaved(true);
    },
    (ruleId) => window.confirm(t('confirmEmptyKeywords', { rule: ruleTitle(list, ruleId, lang) })),
  );

  const problems: Record<string, Problem> = editor.problems;
  const known = new Set([POLICY_FIELD, ...list.flatMap((r) => [`${r.id}.weight`, ...r.parameters.map((p) => `${r.id}.${p.name}`)])]);
  const otherErrors = Object.entries(editor.serverErrors)
    .filter(([field]) => !known.has(field))
    .map(([field, reason]) => t('serverField', { field, reason }));
  const policyProblem = problems[POLICY_FIELD];
  const policyRefused = editor.serverErrors[POLICY_FIELD];
  const policyError = policyProblem
    ? t(`problem.${policyProblem.key}` as RulesKey, policyProblem.vars)
    : policyRefused && t('serverRefused', { reason: policyRefused });
  const groups = [
    { source: 'police', title: t('police'), hint: t('policeHint') },
    { source: 'municipal', title: t('municipal'), hint: t('municipalHint') },
  ];

  return (
    <main className="page rules-page">
      <div className="page-head">
        <h1>{t('title')}</h1>
        {isAdmin && !editor.editing && (
          <button
            type="button"
            className="primary small"
            disabled={policy.data === null || rules.data === null}
            onClick={() => {
              setSaved(false);
              editor.start();
            }}
            data-testid="edit-rules"
          >
            {t('edit')}
          </button>
        )}
      </div>
      <p className={styles.pageIntro}>{t('intro')}</p>
      {saved && (
        <p className="notice notice-ok" role="status">
          {t('saved')}
        </p>
      )}
      <ErrorNotice error={rules.error ?? policy.error} />
      <div className={isAdmin ? styles.adminLayout : undefined}>
        <div className="admin-main">
          <section className="card policy" aria-labelledby="policy-h" data-testid="policy">
            <h2 id="policy-h">{t('policyTitle')}</h2>
            <p>
              {policy.data === null
                ? t('policyTextGeneric')
                : t('policyText', { n: editor.draft?.minContextRules || policy.data.minContextRules })}
            </p>
            {editor.draft && (
              <div className={styles.ruleEditRow}>
                <label>
                  {t('policyField')}{' '}
                  <input
                    type="number"
                    className="narrow"
                    name={POLICY_FIELD}
                    min={1}
                    max={10}
                    step={1}
                    value={editor.draft.minContextRules}
                    aria-invalid={policyError ? true : undefined}
                    onChange={(e) => editor.setMinContextRules(e.target.value)}
                  />
                </label>
                <span className="muted small">{t('policyNote')}</span>
                {policyError && (
                  <span className="field-error" role="alert">
                    {policyError}
                  </span>
                )}
              </div>
            )}
          </section>
          <RuleCategories isAdmin={isAdmin} />
          {groups.map((g) => {
            const inGroup = list.filter((r) => r.source === g.source);
            if (inGroup.length === 0) return null;
            return (
              <section key={g.source} aria-labelledby={`rules-${g.source}-h`} data-testid={`rules-${g.source}`}>
                <h2 id={`rules-${g.source}-h`} className={styles.groupTitle}>
                  {g.title}
                </h2>
                <p className="muted small">{g.hint}</p>
                {inGroup.map((rule) => {
                  const draft = editor.draft?.rules[rule.id];
                  return (
                    <RuleCard
                      key={rule.id}
                      rule={rule}
                      problems={problems}
                      serverErrors={editor.serverErrors}
                      {...(draft ? { draft, onChange: (d) => editor.setRule(rule.id, d) } : {})}
                    />
                  );
                })}
              </section>
            );
          })}
        </div>
        {isAdmin && (
          <aside className={styles.adminSide}>
            {editor.editing && (
              <RuleEditPanel
                rules={list}
                changes={editor.changes}
                problemCount={Object.keys(problems).length}
                otherErrors={otherErrors}
                error={editor.error}
                asOf={editor.asOf}
                onAsOf={editor.setAsOf}
                preview={editor.preview}
                stale={editor.stale}
                busy={editor.busy}
                onBackTest={() => void editor.backTest()}
                onSave={() => {
                  if (window.confirm(t('confirmSave'))) void editor.save();
                }}
                onCancel={editor.cancel}
              />
            )}
            <OperationsPanel />
          </aside>
        )}
      </div>
    </main>
  );
}
