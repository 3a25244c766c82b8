import { describe, expect, it } from 'vitest';
import { composedParams, composeRules, renameParameters } from './composed-rules.js';
import type { RuleDefinition } from './rule-header.js';

const rule = (id: string, cypher: string): RuleDefinition => ({
  id,
  titleDa: id,
  titleEn: id,
  description: { da: id, en: id },
  kind: 'context',
  source: 'police',
  weight: 10,
  params: [],
  explainDa: id,
  explainEn: id,
  file: `risk/${id}`,
  cypher,
});

describe('composed rules', () => {
  it('prefixes a rule’s own parameters and keeps the shared ones, in code only (not in strings or comments)', () => {
    const text =
      "// reads $scope and $minCases\nMATCH (p) WHERE p.id IN $scope AND p.x >= $minCases AND p.s = '$minCases' RETURN $categoryRoles[p.c] AS v";
    expect(renameParameters(text, 'r1_', new Set(['scope']))).toBe(
      "// reads $scope and $minCases\nMATCH (p) WHERE p.id IN $scope AND p.x >= $r1_minCases AND p.s = '$minCases' RETURN $r1_categoryRoles[p.c] AS v",
    );
  });

  it('refuses a quoted parameter name rather than guessing', () => {
    expect(() => renameParameters('RETURN $`odd name` AS x', 'r0_', new Set())).toThrow(/quoted parameter/);
  });

  it('wraps each rule file unchanged in its own branch, naming the rule and filling the columns it does not return', () => {
    const a = rule(
      'a-rule',
      'MATCH (p) WHERE p.id IN $scope\nRETURN p.id AS personId, null AS addressId, 1 AS value, $min AS threshold, [] AS evidence',
    );
    const b = rule(
      'b-rule',
      'MATCH (p) WHERE p.id IN $scope\nRETURN p.id AS personId, null AS addressId, 2 AS value, $min AS threshold, [] AS evidence, 3 AS historyCount, null AS historySince',
    );
    const { cypher, ruleIds } = composeRules([a, b], new Set(['scope']));
    expect(ruleIds).toEqual(['a-rule', 'b-rule']);
    const branches = cypher.split('\nUNION ALL\n');
    expect(branches).toHaveLength(2);
    expect(branches[0]).toBe(
      [
        '// risk/a-rule',
        'CALL {',
        'MATCH (p) WHERE p.id IN $scope\nRETURN p.id AS personId, null AS addressId, 1 AS value, $r0_min AS threshold, [] AS evidence',
        '}',
        "RETURN 'a-rule' AS ruleId, personId, addressId, value, threshold, evidence, null AS historyCount, null AS historySince",
      ].join('\n'),
    );
    expect(branches[1]).toContain('$r1_min AS threshold');
    expect(branches[1]).toMatch(/RETURN 'b-rule' AS ruleId, personId, addressId, value, threshold, evidence, historyCount, historySince$/);
  });

  it('gives each rule its own values under its prefix; the shared values win over a rule’s', () => {
    expect(composedParams([{ min: 3, asOf: 'x' }, { min: 1 }], { asOf: '2025-03-01', scope: ['p1'] })).toEqual({
      asOf: '2025-03-01',
      scope: ['p1'],
      r0_min: 3,
      r1_min: 1,
    });
  });
});
