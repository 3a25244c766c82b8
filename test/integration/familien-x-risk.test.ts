import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTROL_AS_OF,
  MOBILE_ADULT,
  RISK_ADULT_ALONE,
  STABLE_FAMILY,
  VICTIM_FAMILY,
  allFixtureRecords,
} from '../../seed/src/fixtures/index.js';
import { FAMILIEN_X, FAMILIEN_X_AS_OF, familienXRecords } from '../../seed/src/fixtures/familien-x.js';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import type { CaseRecord, InvolvementRecord } from '../../server/src/ingest/records.js';
import { signedIn, startApp, type TestApp } from '../support/app.js';
import { recheckAt } from '../support/flags.js';
import { RuleRegistry, ScanService, type EvaluatedCluster } from '../../server/src/risk/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
  await t.app.get(IngestService).writer.writeTrusted(allFixtureRecords());
});
afterAll(async () => {
  await t?.close();
});

async function evaluate(addressId: string, asOf: string): Promise<EvaluatedCluster[]> {
  const { rules, policy } = t.app.get(RuleRegistry).effective({});
  return (await t.app.get(ScanService).evaluate([addressId], asOf, rules, policy)).results;
}

/** The fixture's cases of one person in one category. */
function casesOf(personId: string, category: string): string[] {
  const records = familienXRecords();
  const mine = new Set(
    records.filter((r): r is InvolvementRecord => r.type === 'involvement' && r.personId === personId).map((r) => r.caseId),
  );
  return records.filter((r): r is CaseRecord => r.type === 'case' && r.category === category && mine.has(r.id)).map((r) => r.id);
}

describe('Familien X', () => {
  it('is flagged on its fixed date, with the signals the slide implies and evidence naming the right cases', async () => {
    const [cluster] = await evaluate(FAMILIEN_X.fatherHome, FAMILIEN_X_AS_OF);
    expect(cluster?.flagged).toBe(true);
    const members = Object.fromEntries(cluster!.cluster.members.map((m) => [m.personId, m.relation]));
    expect(members).toMatchObject({
      [FAMILIEN_X.son]: 'child',
      [FAMILIEN_X.stepChild]: 'child',
      [FAMILIEN_X.father]: 'adult',
      [FAMILIEN_X.newSpouse]: 'adult',
      [FAMILIEN_X.mother]: 'parent-elsewhere',
    });
    expect(members[FAMILIEN_X.deceasedSon]).toBeUndefined();

    const fatherSignals = cluster!.signals.filter((s) => s.personId === FAMILIEN_X.father);
    const repeated = fatherSignals.find((s) => s.ruleId === 'repeated-risk-behaviour');
    expect(repeated?.kind).toBe('trigger');
    const drugs = new Set(casesOf(FAMILIEN_X.father, 'euforiserende-stoffer'));
    const searches = new Set(casesOf(FAMILIEN_X.father, 'ransagning'));
    expect(repeated!.evidence.filter((e) => drugs.has(e.id) && e.role === 'charged').length).toBeGreaterThanOrEqual(3);
    // a search is not a risk category, but its summary names drugs (a configured keyword): it counts too
    expect(repeated!.evidence.every((e) => drugs.has(e.id) || searches.has(e.id))).toBe(true);
    expect(repeated!.evidence.every((e) => e.date <= FAMILIEN_X_AS_OF && e.date > '2022-03-01')).toBe(true);
    // the father's history across police districts (Nordjylland and Østjylland)
    const across = fatherSignals.find((s) => s.ruleId === 'history-across-districts');
    expect(across?.value).toBeGreaterThanOrEqual(2);
    expect(new Set(across!.evidence.map((e) => e.district))).toEqual(new Set(['NJY', 'OJY']));
  });

  it('explains the flag in plain Danish, naming the father and his cases', async () => {
    const result = await recheckAt(t, [FAMILIEN_X.father], FAMILIEN_X_AS_OF);
    const flagId = result.hits.find((h) => h.evaluation.cluster.addressId === FAMILIEN_X.fatherHome)?.flagId;
    const coordinator = await signedIn(t, 'coordinator', { districtCode: 'NJY' });
    const data = await coordinator.ok<{
      flag: { signals: { ruleId: string; personId: string; explanation: string; evidence: { id: string; categoryLabel: string }[] }[] };
    }>('query($id: String!) { flag(id: $id) { signals { ruleId personId explanation evidence { id categoryLabel } } } }', {
      id: flagId,
    });
    const signal = data.flag.signals.find((s) => s.ruleId === 'repeated-risk-behaviour' && s.personId === FAMILIEN_X.father)!;
    expect(signal.explanation).toMatch(
      /^Forælder \(.+\) har egen risikoadfærd i sager med en vægtet sum på [\d.]+ inden for 3 år \(tærskel 3\)\.$/,
    );
    expect(signal.evidence.map((e) => e.categoryLabel)).toContain('Lov om euforiserende stoffer');
    expect(new Set(signal.evidence.map((e) => e.categoryLabel))).toEqual(new Set(['Lov om euforiserende stoffer', 'Ransagning']));
  });

  it('was not flagged before the father’s recent cases', async () => {
    const [cluster] = await evaluate(FAMILIEN_X.fatherHome, '2019-06-01');
    expect(cluster?.signals.filter((s) => s.ruleId === 'repeated-risk-behaviour' && s.personId === FAMILIEN_X.father) ?? []).toEqual([]);
  });
});

describe('control fixtures', () => {
  it('the stable family and the family of victims and witnesses are not flagged', async () => {
    for (const home of [STABLE_FAMILY.home, VICTIM_FAMILY.home]) {
      const [cluster] = await evaluate(home, CONTROL_AS_OF);
      expect(cluster, home).toBeDefined();
      expect({ home, flagged: cluster!.flagged, rules: cluster!.ruleIds }).toEqual({ home, flagged: false, rules: [] });
    }
  });

  it('the risk adult without children and the adult with many moves make no cluster at all', async () => {
    expect(await evaluate(RISK_ADULT_ALONE.home, CONTROL_AS_OF)).toEqual([]);
    expect(await evaluate(MOBILE_ADULT.home, CONTROL_AS_OF)).toEqual([]);
  });
});
