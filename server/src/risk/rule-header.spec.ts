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
// description.da: En regel til testen.
// description.en: A rule for the test.
// param minCases: integer = 3 (1..10)
//   reason.da: hvorfor tre
//   reason.en: why three
// param words: string[] = ["a", "b"] — da: nogle ord | en: some words
${extra}MATCH (n) RETURN n`;

describe('rule header', () => {
  it('parses metadata and typed parameters with bounds and reasons', () => {
    const rule = parseRuleFile('risk/demo-rule', header());
    expect(rule).toMatchObject({ id: 'demo-rule', kind: 'context', weight: 12, source: 'police' });
    expect(rule.description).toEqual({ da: 'En regel til testen.', en: 'A rule for the test.' });
    expect(rule.params).toEqual([
      { name: 'minCases', type: 'integer', default: 3, min: 1, max: 10, reason: { da: 'hvorfor tre', en: 'why three' } },
      { name: 'words', type: 'string[]', default: ['a', 'b'], reason: { da: 'nogle ord', en: 'some words' } },
    ]);
  });

  it('refuses a header that lacks either language, naming the file and the field', () => {
    const without = (line: string) => header().replace(`${line}\n`, '');
    expect(() => parseRuleFile('risk/x', without('// description.da: En regel til testen.'))).toThrow(
      /^risk\/x: missing header "description\.da"$/,
    );
    expect(() => parseRuleFile('risk/x', without('// description.en: A rule for the test.'))).toThrow(
      /^risk\/x: missing header "description\.en"$/,
    );
    expect(() => parseRuleFile('risk/x', without('// title.en: Demo'))).toThrow(/risk\/x: missing header "title\.en"/);
    expect(() => parseRuleFile('risk/x', without('// explain.da: {person} har {value}'))).toThrow(/risk\/x: missing header "explain\.da"/);
    expect(() => parseRuleFile('risk/x', without('//   reason.da: hvorfor tre'))).toThrow(/risk\/x: param minCases: missing "reason\.da"/);
    expect(() => parseRuleFile('risk/x', without('//   reason.en: why three'))).toThrow(/risk\/x: param minCases: missing "reason\.en"/);
    // a one-language reason after the dash does not count for both
    expect(() => parseRuleFile('risk/x', header().replace('— da: nogle ord | en: some words', '— some words'))).toThrow(
      /risk\/x: param words: missing "reason\.da"/,
    );
    // an old single-language description is not enough either
    expect(() =>
      parseRuleFile('risk/x', without('// description.da: En regel til testen.').replace('description.en', 'description')),
    ).toThrow(/missing header "description\.da"/);
  });

  it('refuses a reason line with no parameter above it, or given twice', () => {
    const early = header().replace('// kind: context\n', '// kind: context\n//   reason.da: løs\n');
    expect(() => parseRuleFile('risk/x', early)).toThrow(/risk\/x: "reason\.da" comes before any "\/\/ param" line/);
    const twice = header().replace('//   reason.en: why three\n', '//   reason.en: why three\n//   reason.en: again\n');
    expect(() => parseRuleFile('risk/x', twice)).toThrow(/param minCases: "reason\.en" is given twice/);
  });

  it('refuses malformed headers with the file name', () => {
    expect(() => parseRuleFile('risk/x', header().replace('// kind: context', '// kind: maybe'))).toThrow(/risk\/x: kind must be/);
    expect(() => parseRuleFile('risk/x', header().replace('(1..10)', '(5..10)'))).toThrow(/default of minCases must be at least 5/);
    expect(() => parseRuleFile('risk/x', header().replace('// weight: 12\n', ''))).toThrow(/missing header "weight"/);
  });

  it('checks values against type and bounds', () => {
    const [minCases, words] = parseRuleFile('risk/demo-rule', header()).params;
    expect(checkParamValue(minCases!, 0)).toEqual({ da: 'skal være mindst 1', en: 'must be at least 1' });
    expect(checkParamValue(minCases!, 2.5)?.en).toBe('must be a whole number');
    expect(checkParamValue(minCases!, '3')?.en).toBe('must be a number');
    expect(checkParamValue(words!, ['ok'])).toBeUndefined();
    expect(checkParamValue(words!, [''])?.en).toMatch(/non-empty/);
  });

  it('every shipped rule file has a valid header', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'cypher', 'risk');
    const rules = readdirSync(dir).map((f) => parseRuleFile(f, readFileSync(join(dir, f), 'utf8')));
    expect(rules.length).toBeGreaterThanOrEqual(5);
    for (const rule of rules) {
      expect(rule.params.every((p) => p.reason.da.length > 10 && p.reason.en.length > 10)).toBe(true);
      // the Danish text is Danish, not a copy of the English
      expect(rule.description.da).not.toBe(rule.description.en);
      for (const p of rule.params) expect(p.reason.da, `${rule.id}.${p.name}`).not.toBe(p.reason.en);
    }
  });
});
