import { tokenize } from '../queries/cypher-lexer.js';
import type { RuleDefinition } from './rule-header.js';

/**
 * Several rule files as one query: each file's text, unchanged but for its parameter names, runs
 * as a subquery of its own branch, and the branches are joined with UNION ALL. The rule files stay
 * the single source of their logic (the composition only wraps them); the engine sends one query
 * per chunk instead of one per rule. Pure: unit-tested beside it, EXPLAINed against the database
 * in the integration tests.
 */
export interface ComposedRules {
  cypher: string;
  /** the rules in branch order: branch i's parameters are named `r<i>_<name>` */
  ruleIds: string[];
}

/** The columns every rule returns; a rule may add historyCount and historySince (case-based rules). */
const COLUMNS = ['personId', 'addressId', 'value', 'threshold', 'evidence'] as const;
const OPTIONAL_COLUMNS = ['historyCount', 'historySince'] as const;

/** The prefix of rule i's parameters in the composed query. */
export const branchPrefix = (i: number): string => `r${i}_`;

/**
 * Composes these rules. Parameters named in `shared` (the evaluation's date, scope, addresses and
 * the caller's extras) keep their names; every other parameter gets its branch's prefix, so two
 * rules can give the same parameter name different values.
 */
export function composeRules(rules: RuleDefinition[], shared: ReadonlySet<string>): ComposedRules {
  const branches = rules.map((rule, i) => {
    const body = renameParameters(rule.cypher, branchPrefix(i), shared).trimEnd();
    const optional = OPTIONAL_COLUMNS.map((c) => (returnsColumn(rule.cypher, c) ? c : `null AS ${c}`));
    return [
      `// ${rule.file}`,
      'CALL {',
      body,
      '}',
      `RETURN ${JSON.stringify(rule.id).replace(/"/g, "'")} AS ruleId, ${[...COLUMNS, ...optional].join(', ')}`,
    ].join('\n');
  });
  return { cypher: branches.join('\nUNION ALL\n'), ruleIds: rules.map((r) => r.id) };
}

/** The composed query's parameters: the shared ones as given, each rule's own under its prefix. */
export function composedParams(perRule: Record<string, unknown>[], sharedParams: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...sharedParams };
  perRule.forEach((params, i) => {
    for (const [name, value] of Object.entries(params)) if (!(name in sharedParams)) out[`${branchPrefix(i)}${name}`] = value;
  });
  return out;
}

/** Renames `$name` (outside strings and comments) to `$<prefix>name`, except the shared names. */
export function renameParameters(text: string, prefix: string, shared: ReadonlySet<string>): string {
  return tokenize(text)
    .map((t) => {
      if (t.kind !== 'parameter') return t.text;
      if (t.text.startsWith('$`')) throw new Error(`quoted parameter ${t.text} cannot be composed`);
      const name = t.text.slice(1);
      return shared.has(name) ? t.text : `$${prefix}${name}`;
    })
    .join('');
}

/** Whether the rule's code (not its comments) names this column in an `AS` clause. */
function returnsColumn(text: string, column: string): boolean {
  const code = tokenize(text).filter((t) => t.kind === 'identifier' || t.kind === 'quoted');
  return code.some((t, i) => t.text === column && code[i - 1]?.text.toUpperCase() === 'AS');
}
