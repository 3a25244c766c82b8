import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allFixtureRecords } from '../../seed/src/fixtures/index.js';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import type { IngestRecord } from '../../server/src/ingest/records.js';
import { RuleRegistry, ScanService, type EvaluatedCluster, type RuleOverrides } from '../../server/src/risk/index.js';
import { startApp, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { removeWithPrefix } from '../support/data.js';

// The engine runs the rule files composed into one query per chunk; the per-rule run (each file a
// query of its own) is the reference. Both must find exactly the same clusters, signals and evidence,
// under default and changed settings, as of today and in a back-test.

const AS_OF = '2025-03-01';
let t: TestApp;
let P: string;
let addressIds: string[];

/** A family that makes every police rule fire somewhere, and one municipal indicator pattern. */
function riskyFamily(): { b: RecordBuilder; indicators: IngestRecord[] } {
  const b = new RecordBuilder(P);
  b.person('mor', 'F', '1986-02-02').person('far', 'M', '1984-04-04').person('barn', 'M', '2014-06-06').person('lille', 'F', '2021-01-01');
  b.person('a1', 'M', '1990-01-01').person('a2', 'M', '1991-01-01').person('a3', 'F', '1992-01-01');
  b.address('hjem').address('farshjem', '461');
  b.lives('mor', 'hjem', '2013-01-01').lives('barn', 'hjem', '2014-06-06').lives('lille', 'hjem', '2021-01-01');
  for (const a of ['a1', 'a2', 'a3']) b.lives(a, 'hjem', '2023-05-01');
  b.parent('mor', 'barn').parent('far', 'barn').parent('mor', 'lille');
  b.moves('far', 7, '2022-03-01', 90, '461');
  // the father: risk cases in two districts, a keyword case, a disturbance the son witnessed
  b.case('vold', '2023-04-10', [['far', 'charged']], 'NJY');
  b.case('narkotika', '2024-01-15', [['far', 'suspect']], 'FYN');
  b.case('tyveri', '2024-05-05', [['far', 'suspect']], 'FYN', { summary: 'Truede ekspedienten med en kniv' });
  b.case(
    'husspektakler',
    '2024-11-11',
    [
      ['far', 'other'],
      ['barn', 'witness'],
    ],
    'NJY',
  );
  b.case('vold', '2015-08-08', [['mor', 'suspect']], 'NJY');
  const indicators: IngestRecord[] = ['2024-09-01', '2024-12-01'].map((date, i) => ({
    type: 'indicator',
    id: b.id(`ind${i}`),
    personId: b.id('lille'),
    kind: 'dental-no-show',
    date,
    municipalityCode: '851',
  }));
  return { b, indicators };
}

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-cmp-`;
  const { b, indicators } = riskyFamily();
  const fixtures = allFixtureRecords();
  await t.app.get(IngestService).writer.writeTrusted([...fixtures, ...b.records, ...indicators]);
  addressIds = [...fixtures, ...b.records].filter((r) => r.type === 'address').map((r) => r.id);
});
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

async function both(
  asOf: string,
  overrides: RuleOverrides,
  source: 'police' | 'municipal' = 'police',
  extra: Record<string, unknown> = {},
): Promise<{ composed: EvaluatedCluster[]; perRule: EvaluatedCluster[] }> {
  const { rules, policy } = t.app.get(RuleRegistry).effective(overrides, source);
  const scans = t.app.get(ScanService);
  const composed = await scans.evaluate(addressIds, asOf, rules, policy, extra, 'composed');
  const perRule = await scans.evaluate(addressIds, asOf, rules, policy, extra, 'per-rule');
  expect(composed.clusters).toBe(perRule.clusters);
  return { composed: composed.results, perRule: perRule.results };
}

const firing = (results: EvaluatedCluster[]) => new Set(results.flatMap((r) => r.signals.map((s) => s.ruleId)));

describe('composed rule evaluation', () => {
  it('finds what the rule files find one by one, with the default settings', async () => {
    const { composed, perRule } = await both(AS_OF, {});
    expect(composed).toEqual(perRule);
    // not an empty comparison: several clusters flagged, every police rule fires somewhere
    expect(composed.filter((r) => r.flagged).length).toBeGreaterThanOrEqual(3);
    expect([...firing(composed)].sort()).toEqual([
      'address-churn',
      'child-exposure',
      'crowded-household',
      'family-history',
      'history-across-districts',
      'repeated-risk-behaviour',
    ]);
    const father = composed.flatMap((r) => r.signals).find((s) => s.ruleId === 'repeated-risk-behaviour' && s.personId === `${P}far`);
    expect(father?.evidence.some((e) => e.matchedKeyword === 'kniv')).toBe(true);
  });

  it('finds the same under changed parameters, weights, categories, keywords, a disabled rule and policy', async () => {
    const overrides: RuleOverrides = {
      rules: {
        'repeated-risk-behaviour': { params: { minCases: 1, windowYears: 12, keywords: ['truede'] }, weight: 70 },
        'family-history': { params: { minCases: 2 } },
        'history-across-districts': { params: { minDistricts: 3 } },
        'address-churn': { enabled: false },
      },
      categories: { vold: { roles: ['suspect', 'charged', 'other'], weight: 2 } },
      policy: { minContextRules: 1 },
    };
    const { composed, perRule } = await both(AS_OF, overrides);
    expect(composed).toEqual(perRule);
    expect(firing(composed).has('address-churn')).toBe(false);
    const father = composed.flatMap((r) => r.signals).find((s) => s.ruleId === 'repeated-risk-behaviour' && s.personId === `${P}far`);
    expect(father?.weight).toBe(70);
    expect(father?.evidence.some((e) => e.matchedKeyword === 'truede')).toBe(true);
    // the changed settings change the result: the comparison covers them, not the defaults again
    expect(composed).not.toEqual((await both(AS_OF, {})).composed);
  });

  it('finds the same in a back-test as of an earlier date', async () => {
    const { composed, perRule } = await both('2024-02-01', {});
    expect(composed).toEqual(perRule);
    expect(composed.some((r) => r.signals.length > 0)).toBe(true);
    expect(composed).not.toEqual((await both(AS_OF, {})).composed);
  });

  it('finds the same with the municipal rules and their extra parameter', async () => {
    const { composed, perRule } = await both(AS_OF, {}, 'municipal', { municipalityCode: '851' });
    expect(composed).toEqual(perRule);
    expect(firing(composed).has('municipal-dental-no-shows')).toBe(true);
  });
});
