import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { flagIdFor, recheckAt } from '../support/flags.js';
import { signedIn, startApp, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { readTest, removeWithPrefix } from '../support/data.js';
import { Clock } from '../../server/src/common/clock.js';
import { type EvaluatedCluster, type RuleOverrides, RuleRegistry, ScanService } from '../../server/src/risk/index.js';

const AS_OF = '2025-03-01';
let t: TestApp;
let P: string;
let n = 0;

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-`;
});
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

/** A fresh family: mother and child at home (Aalborg), father living elsewhere. */
function family(): RecordBuilder {
  n += 1;
  const b = new RecordBuilder(`${P}f${n}-`);
  b.person('mor', 'F', '1985-05-05').person('far', 'M', '1983-03-03').person('barn', 'F', '2015-09-09');
  b.address('hjem').address('farshjem');
  b.lives('mor', 'hjem', '2014-01-01').lives('barn', 'hjem', '2015-09-09').lives('far', 'farshjem', '2016-01-01');
  b.parent('mor', 'barn').parent('far', 'barn');
  return b;
}

async function load(b: RecordBuilder): Promise<void> {
  await t.app.get(IngestService).writer.writeTrusted(b.records);
}

async function evaluateHome(b: RecordBuilder, asOf = AS_OF, overrides: RuleOverrides = {}): Promise<EvaluatedCluster> {
  const { rules, policy } = t.app.get(RuleRegistry).effective(overrides);
  const { results } = await t.app.get(ScanService).evaluate([b.id('hjem')], asOf, rules, policy);
  expect(results).toHaveLength(1);
  return results[0]!;
}

const signalsOf = (e: EvaluatedCluster, ruleId: string) => e.signals.filter((s) => s.ruleId === ruleId);

describe('clusters', () => {
  it('holds the children, the adults at the address and each parent living elsewhere, marked as such', async () => {
    const b = family();
    b.person('ven', 'M', '1990-01-01').lives('ven', 'hjem', '2020-01-01').partner('mor', 'ven', 'cohabiting', '2020-01-01');
    await load(b);
    const { cluster } = await evaluateHome(b);
    expect(cluster.childIds).toEqual([b.id('barn')]);
    const byId = Object.fromEntries(cluster.members.map((m) => [m.personId, m]));
    expect(byId[b.id('barn')]).toMatchObject({ relation: 'child', livesHere: true });
    expect(byId[b.id('mor')]).toMatchObject({
      relation: 'adult',
      livesHere: true,
      relations: [{ childId: b.id('barn'), relation: 'parent' }],
    });
    expect(byId[b.id('ven')]).toMatchObject({
      relation: 'adult',
      livesHere: true,
      relations: [{ childId: b.id('barn'), relation: 'parent-partner' }],
    });
    expect(byId[b.id('far')]).toMatchObject({
      relation: 'parent-elsewhere',
      livesHere: false,
      relations: [{ childId: b.id('barn'), relation: 'parent' }],
    });
  });

  it('a signal on a parent living elsewhere counts for the child’s cluster', async () => {
    const b = family();
    for (let i = 0; i < 3; i += 1) b.case('vold', `2024-0${i + 1}-10`, [['far', 'charged']]);
    await load(b);
    const result = await evaluateHome(b);
    expect(result.flagged).toBe(true);
    expect(signalsOf(result, 'repeated-risk-behaviour')[0]?.personId).toBe(b.id('far'));
  });
});

describe('thresholds at N-1, N and N+1', () => {
  it.each([
    [2, false, undefined],
    [3, true, 0],
    [4, true, 1],
  ])('repeated risk behaviour with %i cases (minCases 3)', async (cases, fires, margin) => {
    const b = family();
    for (let i = 0; i < cases; i += 1) b.case('husspektakler', `2024-0${i + 1}-15`, [['mor', 'suspect']]);
    await load(b);
    const signals = signalsOf(await evaluateHome(b), 'repeated-risk-behaviour');
    expect(signals.length > 0).toBe(fires);
    if (fires) {
      expect(signals[0]).toMatchObject({ personId: b.id('mor'), value: cases, threshold: 3, margin, kind: 'trigger' });
      expect(signals[0]!.evidence.map((e) => e.category)).toEqual(Array(cases).fill('husspektakler'));
      expect(signals[0]!.evidence.every((e) => e.kind === 'case' && e.role === 'suspect' && e.district === 'NJY')).toBe(true);
    }
  });

  it('counts a non-risk case only when a configured keyword occurs in its summary or keywords', async () => {
    const b = family();
    b.case('tyveri', '2024-01-10', [['mor', 'suspect']], 'NJY', { summary: 'Butikstyveri, truede ekspedienten med KNIV' });
    b.case('oevrige', '2024-02-10', [['mor', 'suspect']], 'NJY', { keywords: ['Selvmord'] });
    b.case('tyveri', '2024-03-10', [['mor', 'suspect']], 'NJY', { summary: 'Cykeltyveri' });
    b.case('vold', '2024-04-10', [['mor', 'charged']]);
    await load(b);
    const [signal] = signalsOf(await evaluateHome(b), 'repeated-risk-behaviour');
    expect(signal?.value).toBe(3);
  });

  it('does not count victims and witnesses as risk behaviour', async () => {
    const b = family();
    for (let i = 0; i < 5; i += 1) b.case('vold', `2024-0${i + 1}-15`, [['mor', i % 2 ? 'victim' : 'witness']]);
    await load(b);
    expect(signalsOf(await evaluateHome(b), 'repeated-risk-behaviour')).toEqual([]);
  });

  it.each([
    [4, false],
    [5, true],
    [6, true],
  ])('address churn with %i moves in 3 years (minChanges 5)', async (moves, fires) => {
    n += 1;
    const b = new RecordBuilder(`${P}churn${n}-`);
    b.person('mor', 'F', '1985-05-05').person('barn', 'M', '2016-01-01').parent('mor', 'barn');
    b.address('first').lives('mor', 'first', '2010-01-01', '2022-06-01');
    // moves in the window, the last one to the home
    b.moves('mor', moves - 1, '2022-06-01', 120);
    const last = b.records.filter((r) => r.type === 'residence' && r.personId === b.id('mor')).at(-1) as {
      to?: string | null;
      from: string;
    };
    const lastFrom =
      moves > 1 ? new Date(Date.parse(`${last.from}T00:00:00Z`) + 120 * 86_400_000).toISOString().slice(0, 10) : '2022-06-01';
    if (moves > 1) last.to = lastFrom;
    b.address('hjem').lives('mor', 'hjem', lastFrom).lives('barn', 'hjem', lastFrom);
    await load(b);
    const signals = signalsOf(await evaluateHome(b), 'address-churn').filter((s) => s.personId === b.id('mor'));
    expect(signals.length > 0).toBe(fires);
    if (fires) expect(signals[0]).toMatchObject({ value: moves, threshold: 5, margin: moves - 5 });
  });

  it.each([
    [2, false],
    [3, true],
    [4, true],
  ])('crowded household with %i unrelated adults (minAdults 3)', async (adults, fires) => {
    const b = family();
    for (let i = 0; i < adults; i += 1) b.person(`lejer${i}`, 'M', '1990-01-01').lives(`lejer${i}`, 'hjem', '2023-01-01');
    await load(b);
    const signals = signalsOf(await evaluateHome(b), 'crowded-household');
    expect(signals.length > 0).toBe(fires);
    if (fires) {
      expect(signals[0]).toMatchObject({ addressId: b.id('hjem'), value: adults, threshold: 3 });
      // each adult named, with age, since when and relation (issue 17 item 2)
      const named = signals[0]!.evidence.filter((e) => e.kind === 'co-resident');
      expect(named).toHaveLength(adults);
      expect(named[0]).toMatchObject({
        personId: b.id('lejer0'),
        name: 'Test lejer0',
        age: 35,
        since: '2023-01-01',
        relation: 'other-adult',
      });
    }
  });

  it.each([
    [1, false],
    [2, true],
    [3, true],
  ])('history across districts with cases in %i districts (minDistricts 2)', async (districts, fires) => {
    const b = family();
    ['NJY', 'OJY', 'KBH'].slice(0, districts).forEach((d, i) => b.case('vold', `2023-0${i + 1}-01`, [['far', 'suspect']], d));
    await load(b);
    const signals = signalsOf(await evaluateHome(b), 'history-across-districts');
    expect(signals.length > 0).toBe(fires);
    if (fires) expect(signals[0]!.value).toBe(districts);
  });

  it('child exposure: an adult of the cluster in a disturbance the child witnessed fires, on the adult; a victim of theft does not', async () => {
    const b = family();
    b.case('tyveri', '2024-05-05', [['barn', 'victim']]);
    await load(b);
    expect(signalsOf(await evaluateHome(b), 'child-exposure')).toEqual([]);
    const c = family();
    const disturbance = c.case('husspektakler', '2024-05-05', [
      ['barn', 'witness'],
      ['far', 'suspect'],
    ]);
    await load(c);
    const result = await evaluateHome(c);
    expect(signalsOf(result, 'child-exposure')[0]).toMatchObject({ personId: c.id('far'), value: 1, kind: 'trigger' });
    expect(signalsOf(result, 'child-exposure')[0]!.evidence).toEqual([
      {
        kind: 'case',
        id: disturbance,
        date: '2024-05-05',
        category: 'husspektakler',
        role: 'suspect',
        district: 'NJY',
        detail: 'witness',
        current: true,
      },
    ]);
    expect(result.flagged).toBe(true);
  });
});

describe('flag policy', () => {
  it('two context rules flag a cluster; one does not', async () => {
    const b = family();
    ['NJY', 'OJY'].forEach((d, i) => b.case('vold', `2023-0${i + 1}-01`, [['far', 'suspect']], d));
    await load(b);
    const one = await evaluateHome(b);
    expect(one.ruleIds).toEqual(['history-across-districts']);
    expect(one.flagged).toBe(false);
    for (let i = 0; i < 3; i += 1) b.person(`lejer${i}`, 'M', '1990-01-01').lives(`lejer${i}`, 'hjem', '2023-01-01');
    await load(b);
    const two = await evaluateHome(b);
    expect(two.ruleIds).toEqual(['crowded-household', 'history-across-districts']);
    expect(two.flagged).toBe(true);
    expect(two.score).toBe(10 + 15);
    expect(two.scoreExplanation).toMatch(/= 25$/);
    expect((await evaluateHome(b, AS_OF, { policy: { minContextRules: 3 } })).flagged).toBe(false);
  });

  it('moving asOf moves the result: a case that leaves the window stops counting', async () => {
    const b = family();
    ['2022-01-10', '2023-06-10', '2024-06-10'].forEach((d) => b.case('vold', d, [['far', 'charged']]));
    await load(b);
    expect((await evaluateHome(b, '2025-01-09')).flagged).toBe(true); // window back to 2022-01-09
    expect((await evaluateHome(b, '2025-01-11')).flagged).toBe(false); // the 2022 case has left
    expect((await evaluateHome(b, '2024-06-09')).flagged).toBe(false); // the 2024 case has not happened yet
  });

  it('a child who turned 18 no longer makes a cluster', async () => {
    const b = family();
    await load(b);
    const { rules, policy } = t.app.get(RuleRegistry).effective({});
    const { results } = await t.app.get(ScanService).evaluate([b.id('hjem')], '2033-09-10', rules, policy);
    expect(results).toEqual([]);
  });
});

describe('flags in the graph', () => {
  it('re-checks give identical flags, update the same flag and never duplicate it', async () => {
    const b = family();
    for (let i = 0; i < 3; i += 1) b.case('vold', `2024-0${i + 1}-10`, [['mor', 'charged']]);
    await load(b);
    const first = await recheckAt(t, [b.id('mor')], AS_OF);
    const second = await recheckAt(t, [b.id('mor')], AS_OF);
    expect(first.hits.map((h) => h.flagId)).toEqual([flagIdFor(b.id('barn'))]);
    expect(first.newVersions).toBe(1);
    expect(second.newVersions).toBe(0); // the same content makes no new version
    expect(JSON.stringify(second.hits)).toBe(JSON.stringify(first.hits));
    const [state] = await readTest<{ status: string; active: boolean; score: number }>(t.graph, 'flag-state', {
      id: flagIdFor(b.id('barn')),
    });
    expect(state).toMatchObject({ status: 'NEW', active: true, score: 40 });
  });

  it('a dismissed flag returns only when evidence newer than the dismissal appears', async () => {
    const b = family();
    for (let i = 0; i < 3; i += 1) b.case('vold', `2024-0${i + 1}-10`, [['mor', 'charged']]);
    await load(b);
    const id = flagIdFor(b.id('barn'));
    await recheckAt(t, [b.id('mor')], AS_OF);
    await readTest(t.graph, 'dismiss-flag', { id, on: '2024-12-01' });
    await recheckAt(t, [b.id('mor')], AS_OF);
    expect((await readTest<{ status: string }>(t.graph, 'flag-state', { id }))[0]?.status).toBe('DISMISSED');
    b.case('vold', '2025-01-15', [['mor', 'charged']]);
    await load(b);
    await recheckAt(t, [b.id('mor')], AS_OF);
    expect((await readTest<{ status: string }>(t.graph, 'flag-state', { id }))[0]?.status).toBe('NEW');
  });

  it('one ingested case re-checks its cluster at once, and only its cluster', async () => {
    const b = family();
    b.case('vold', '2024-01-10', [['far', 'charged']]);
    b.case('vold', '2024-02-10', [['far', 'charged']]);
    const other = family();
    for (let i = 0; i < 3; i += 1) other.case('vold', `2024-0${i + 1}-10`, [['mor', 'charged']]);
    await load(b);
    await load(other);
    await recheckAt(t, [other.id('mor')], '2025-03-01');
    const [before] = await readTest<{ updatedAt: string }>(t.graph, 'flag-state', { id: flagIdFor(other.id('barn')) });
    expect(await readTest(t.graph, 'flag-state', { id: flagIdFor(b.id('barn')) })).toEqual([]);

    const admin = await signedIn(t, 'admin');
    const today = t.app.get(Clock).today();
    const third = {
      type: 'case',
      id: b.id('case-new'),
      journalNo: '5100-80120-99999-25',
      category: 'vold',
      occurredAt: `${today}T08:00:00+01:00`,
      policeDistrictCode: 'NJY',
    };
    const involvement = { type: 'involvement', caseId: b.id('case-new'), personId: b.id('far'), role: 'charged' };
    await admin.ok(`mutation($j: String!) { ingest(jsonl: $j) { records } }`, {
      j: [third, involvement].map((r) => JSON.stringify(r)).join('\n'),
    });

    const [flag] = await readTest<{ status: string; ruleIds: string[] }>(t.graph, 'flag-state', { id: flagIdFor(b.id('barn')) });
    expect(flag?.ruleIds).toContain('repeated-risk-behaviour');
    const [after] = await readTest<{ updatedAt: string }>(t.graph, 'flag-state', { id: flagIdFor(other.id('barn')) });
    expect(after?.updatedAt).toBe(before?.updatedAt);
  });
});

describe('GraphQL', () => {
  it('explains a flag: rule, person, evidence, margin; coordinators of another district get NOT_FOUND', async () => {
    const b = family();
    for (let i = 0; i < 4; i += 1) b.case('spiritus-narkokoersel', `2024-0${i + 1}-10`, [['far', 'charged']]);
    await load(b);
    await recheckAt(t, [b.id('far')], AS_OF);
    const id = flagIdFor(b.id('barn'));
    const query = `query($id: String!) { flag(id: $id) { id status score municipalityName members { personId relation livesWithChildren age }
      signals { ruleId ruleTitle kind personId value threshold margin explanation evidence { kind id date category categoryLabel role district } } } }`;
    const coordinator = await signedIn(t, 'coordinator', { districtCode: 'NJY' });
    const data = await coordinator.ok<{
      flag: {
        members: { personId: string; relation: string }[];
        signals: { ruleId: string; margin: number; explanation: string; evidence: { categoryLabel: string }[] }[];
        municipalityName: string;
      };
    }>(query, { id });
    expect(data.flag.municipalityName).toBe('Aalborg');
    expect(data.flag.members[0]).toMatchObject({ personId: b.id('barn'), relation: 'CHILD' });
    const signal = data.flag.signals.find((s) => s.ruleId === 'repeated-risk-behaviour')!;
    expect(signal.margin).toBe(1);
    expect(signal.explanation).toBe(
      'Forælder (bor et andet sted) (Test far) har egen risikoadfærd i sager med en vægtet sum på 4 inden for 3 år (tærskel 3).',
    );
    expect(signal.evidence.map((e) => e.categoryLabel)).toEqual(Array(4).fill('Færdselsloven: spiritus- og narkokørsel'));

    const elsewhere = await signedIn(t, 'coordinator', { districtCode: 'KBH' });
    const denied = await elsewhere.gql(query, { id });
    const missing = await elsewhere.gql(query, { id: 'flag-does-not-exist' });
    expect(denied.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(denied.errors?.[0]?.message).toBe(missing.errors?.[0]?.message.replace('flag-does-not-exist', id));
  });

  it('lists rules with their parameters and reasons, and validates parameter changes', async () => {
    const admin = await signedIn(t, 'admin');
    const data = await admin.ok<{ riskRules: { id: string; kind: string; parameters: { name: string; reason: string }[] }[] }>(
      '{ riskRules { id kind parameters { name reason } } }',
    );
    expect(data.riskRules.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'repeated-risk-behaviour',
        'child-exposure',
        'address-churn',
        'crowded-household',
        'history-across-districts',
      ]),
    );
    expect(data.riskRules.every((r) => r.parameters.every((p) => p.reason.length > 10))).toBe(true);
    const save = 'mutation($id: String!, $s: String!) { saveRuleSettings(ruleId: $id, settings: $s, expectedVersion: 0) }';
    const bad = await admin.gql(save, { id: 'address-churn', s: JSON.stringify({ params: { minChanges: 0 } }) });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'address-churn.minChanges' });
    const unknown = await admin.gql(save, { id: 'nope', s: '{}' });
    expect(unknown.errors?.[0]?.message).toMatch(/unknown rule "nope"/);
    const policy = await admin.ok<{ riskPolicy: { minContextRules: number } }>('{ riskPolicy { minContextRules } }');
    expect(policy.riskPolicy.minContextRules).toBeGreaterThanOrEqual(1);
  });
});
