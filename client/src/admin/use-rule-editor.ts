import type { RiskPolicyQuery } from '../gql/graphql';
import { useMemo, useState } from 'react';
import { graphql } from '../api/graphql';
import { PREVIEW_RULES, SAVE_POLICY_SETTINGS, SAVE_RULE_SETTINGS, type PreviewReport, type RiskRuleInfo } from './admin-api';
import { todayInCopenhagen } from './dates';
import { fieldError } from './field-errors';
import {
  buildOverrides,
  draftChanges,
  draftFromRules,
  draftProblems,
  parseMinContextRules,
  type Draft,
  type RuleDraft,
} from './rule-overrides';

/** The context-rule policy in force, with its version (a stale save is refused). */
export type PolicyInForce = RiskPolicyQuery['riskPolicy'];

/**
 * The edit state of the rules page: the form, its problems and changes, the back-test of one
 * exact form (Save needs a back-test of what is saved), and the server's refusals by field.
 * Saving sends each changed rule (and the policy) on its own, with the version it was read at:
 * when someone else saved that rule in between, the server refuses and says so.
 */
export function useRuleEditor(
  rules: readonly RiskRuleInfo[],
  policy: PolicyInForce | null,
  onSaved: (min: number) => void,
  confirmEmptyKeywords: (ruleId: string) => boolean,
) {
  const minContextRules = policy?.minContextRules ?? null;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [asOf, setAsOf] = useState(todayInCopenhagen);
  const [preview, setPreview] = useState<{ key: string; report: PreviewReport } | null>(null);
  const [busy, setBusy] = useState<'preview' | 'save' | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);

  const inForce = minContextRules ?? 0;
  const problems = useMemo(() => (draft ? draftProblems(rules, draft) : {}), [rules, draft]);
  const changes = useMemo(() => (draft ? draftChanges(rules, draft, inForce) : []), [rules, draft, inForce]);
  const previewKey = useMemo(() => {
    if (!draft) return null;
    const built = buildOverrides(rules, draft, { complete: true });
    return built.overrides ? JSON.stringify(built.overrides) : null;
  }, [rules, draft]);

  const fail = (caught: unknown) => {
    const field = fieldError(caught);
    if (field) setServerErrors({ [field.field]: field.reason });
    else setError(caught);
  };
  const reset = () => {
    setServerErrors({});
    setError(null);
  };

  return {
    editing: draft !== null,
    draft,
    problems,
    changes,
    serverErrors,
    error,
    asOf,
    setAsOf,
    busy,
    preview: preview?.report ?? null,
    stale: preview !== null && preview.key !== previewKey,
    start() {
      if (minContextRules === null) return;
      reset();
      setPreview(null);
      setDraft(draftFromRules(rules, minContextRules));
    },
    cancel() {
      reset();
      setPreview(null);
      setDraft(null);
    },
    setRule(ruleId: string, rule: RuleDraft) {
      setDraft((d) => (d ? { ...d, rules: { ...d.rules, [ruleId]: rule } } : d));
    },
    setMinContextRules(text: string) {
      setDraft((d) => (d ? { ...d, minContextRules: text } : d));
    },
    async backTest() {
      if (!draft || !previewKey) return;
      reset();
      setBusy('preview');
      try {
        const { previewRules } = await graphql(PREVIEW_RULES, {
          parameters: previewKey,
          asOf: asOf || null,
        });
        setPreview({ key: previewKey, report: previewRules });
      } catch (caught) {
        fail(caught);
      } finally {
        setBusy(null);
      }
    },
    async save() {
      if (!draft || !policy) return;
      const built = buildOverrides(rules, draft, { complete: true });
      const min = parseMinContextRules(draft.minContextRules);
      if (!built.overrides || !min.ok) return;
      const changed = rules.filter((r) => changes.some((c) => c.ruleId === r.id));
      const emptyKeywords = changed.filter((r) => {
        const keywords = built.overrides.rules?.[r.id]?.params?.['keywords'];
        return Array.isArray(keywords) && keywords.length === 0;
      });
      if (emptyKeywords.some((r) => !confirmEmptyKeywords(r.id))) return;
      reset();
      setBusy('save');
      try {
        for (const rule of changed) {
          await graphql(SAVE_RULE_SETTINGS, {
            ruleId: rule.id,
            settings: JSON.stringify(built.overrides.rules?.[rule.id] ?? {}),
            expectedVersion: rule.settingsVersion,
            confirmEmptyKeywords: emptyKeywords.includes(rule),
          });
        }
        if (min.value !== policy.minContextRules)
          await graphql(SAVE_POLICY_SETTINGS, {
            minContextRules: min.value,
            expectedVersion: policy.version,
          });
        setDraft(null);
        setPreview(null);
        onSaved(min.value);
      } catch (caught) {
        fail(caught);
      } finally {
        setBusy(null);
      }
    },
  };
}
