import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkParamValue, parseRuleFile } from './rule-header.js';

const header = (extra = '') => `// id: demo-rule
// title.da: Demo
// title.en: Demo
// kind: context
// weight: 12
// explain.da: {person} har {value}
// explain.en: {person} has {value}
// description: A rule for the test.
// param minCases: integer = 3 (1..10) — why three
// param words: string[] = ["a", "b"] — some words
${extra}MATCH (n) RETURN n`;

describe('rule header', () => {
  it('parses metadata and typed parameters with bounds and reasons', () => {
    const rule = parseRuleFile('risk/demo-rule', header());
    expect(rule).toMatchObject({ id: 'demo-rule', kind: 'context', weight: 12, source: 'police' });
    expect(rule.params).toEqual([
      { name: 'minCases', type: 'integer', default: 3, min: 1, max: 10, reason: 'why three' },
      { name: 'words', type: 'string[]', default: ['a', 'b'], reason: 'some words' },
    ]);
  });

  it('refuses malformed headers with the file name', () => {
    expect(() => parseRuleFile('risk/x', header().replace('// kind: context', '// kind: maybe'))).toThrow(/risk\/x: kind must be/);
    expect(() => parseRuleFile('risk/x', header().replace('(1..10)', '(5..10)'))).toThrow(/default of minCases must be at least 5/);
    expect(() => parseRuleFile('risk/x', header().replace('// weight: 12\n', ''))).toThrow(/missing header "weight"/);
  });

  it('checks values against type and bounds', () => {
    const [minCases, words] = parseRuleFile('risk/demo-rule', header()).params;
    expect(checkParamValue(minCases!, 0)).toBe('must be at least 1');
    expect(checkParamValue(minCases!, 2.5)).toBe('must be a whole number');
    expect(checkParamValue(minCases!, '3')).toBe('must be a number');
    expect(checkParamValue(words!, ['ok'])).toBeUndefined();
    expect(checkParamValue(words!, [''])).toMatch(/non-empty/);
  });

  it('every shipped rule file has a valid header', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'cypher', 'risk');
    const rules = readdirSync(dir).map((f) => parseRuleFile(f, readFileSync(join(dir, f), 'utf8')));
    expect(rules.length).toBeGreaterThanOrEqual(5);
    for (const rule of rules) expect(rule.params.every((p) => p.reason.length > 10)).toBe(true);
  });
});
