import { describe, expect, it } from 'vitest';
import { parseRuleFile, type Signal } from '../risk/index.js';
import { buildReportContent, formatDateDa, type ReportRule } from './report-content.js';

const RULE = parseRuleFile(
  'risk/repeated',
  `// id: repeated
// title.da: Gentagen
// title.en: Repeated
// kind: trigger
// weight: 40
// explain.da: {person} er sigtet i {value} sager inden for {windowYears} år (tærskel {threshold}).
// explain.en: {person} is charged in {value} cases within {windowYears} years (threshold {threshold}).
// description.da: testregel
// description.en: test rule
// param windowYears: integer = 3 (1..15) — da: perioden | en: the window
RETURN 1`,
);
const rules = new Map<string, ReportRule>([['repeated', { def: RULE, params: { windowYears: 3 } }]]);
const members = [
  { personId: 'c1', name: 'Anna', birthDate: '2015-01-01', relation: 'child', relations: [{ childId: 'c2', relation: 'sibling' }] },
  { personId: 'c2', name: 'Bo', birthDate: '2018-01-01', relation: 'child', relations: [{ childId: 'c1', relation: 'sibling' }] },
  {
    personId: 'm',
    name: 'Mor',
    birthDate: '1985-01-01',
    relation: 'adult',
    relations: [
      { childId: 'c1', relation: 'parent' },
      { childId: 'c2', relation: 'parent' },
    ],
  },
];
const signal = (personId: string, evidence: Signal['evidence']): Signal => ({
  ruleId: 'repeated',
  kind: 'trigger',
  weight: 40,
  personId,
  addressId: null,
  value: evidence.length,
  threshold: 3,
  margin: evidence.length - 3,
  evidence,
});
const vold = (id: string, date: string) => ({
  kind: 'case' as const,
  id,
  date,
  category: 'vold',
  role: 'charged',
  district: 'NJY',
  detail: 'secret',
});

describe('the report content', () => {
  it('names the chosen children only, and states the concern with categories, dates and counts', () => {
    const content = buildReportContent({
      members,
      childIds: ['c1'],
      signals: [
        signal('m', [vold('case-1', '2024-01-02'), vold('case-2', '2024-02-03'), vold('case-3', '2024-02-03')]),
        signal('c2', [vold('case-9', '2024-05-05')]),
      ],
      rules,
      categoryLabel: (code) => (code === 'vold' ? 'Vold' : code),
    });
    expect(content.children).toEqual([{ personId: 'c1', name: 'Anna', birthDate: '2015-01-01' }]);
    expect(content.concern).toEqual([
      'Forælder (Mor) er sigtet i 3 sager inden for 3 år. Registreringer: Vold (3): 02.01.2024, 03.02.2024.',
    ]);
    expect(JSON.stringify(content)).not.toMatch(/case-|secret|Bo|NJY/);
    expect(content.ruleIds).toEqual(['repeated']);
  });

  it('groups the concern by person and cites a record once, however many rules cite it', () => {
    const content = buildReportContent({
      members,
      childIds: ['c1', 'c2'],
      signals: [
        signal('m', [vold('case-1', '2024-01-02'), vold('case-2', '2024-02-03'), vold('case-3', '2024-03-04')]),
        signal('m', [vold('case-2', '2024-02-03'), vold('case-3', '2024-03-04'), vold('case-4', '2024-04-05')]),
      ],
      rules,
      categoryLabel: (code) => (code === 'vold' ? 'Vold' : code),
    });
    expect(content.concern).toEqual([
      'Forælder (Mor) er sigtet i 3 sager inden for 3 år. Registreringer: Vold (4): 02.01.2024, 03.02.2024, 04.03.2024, 05.04.2024.',
    ]);
  });

  it('formats dates the Danish way', () => {
    expect(formatDateDa('2024-03-10')).toBe('10.03.2024');
  });
});
