import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppConfig } from '../../server/src/config/config.schema.js';
import { APP_CONFIG } from '../../server/src/config/config.token.js';
import { FlagMigration, ScanScheduler, ScreeningService, type ScreeningRunner } from '../../server/src/flags/index.js';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { readTest, removeWithPrefix } from '../support/data.js';
import { flagIdFor, recheckAt, setToday } from '../support/flags.js';
import { APPROVE, ASSESSMENT, CHANGE, VIEW, draft, flaggedFamily, raiseFlag, type ReviewView } from './review.fixtures.js';

const TODAY = '2025-03-01';
let t: TestApp;
let family = 0;
const prefix = () => `${t.runId}-fl${++family}-`;

beforeAll(async () => {
  t = await startApp();
  setToday(t, TODAY);
});

afterAll(async () => {
  await removeWithPrefix(t.graph, t.runId);
  await t.close();
});

interface Snapshot {
  flag: Record<string, unknown>;
  versions: Record<string, unknown>[];
}

const snapshot = async (id: string) => JSON.stringify(await readTest<Snapshot>(t.graph, 'flag-snapshot', { id }));

const FLAG = `query($id: String!, $v: Int) { flag(id: $id, version: $v) { id status version viewingVersion readOnly ownerDistrictName
  districtCode municipalityCode reopenReason reportVersion caseDistrictCodes score
  versions { n reason score settingsHash settingsVersion }
  changes { since fromVersion toVersion scoreFrom scoreTo addressFrom addressTo membersAdded
            signalsAdded { ruleId ruleTitle personName } evidenceAdded { kind id date ruleTitle personName } }
  signals { ruleId evidence { id } } } }`;

interface FlagView {
  id: string;
  status: string;
  version: number;
  viewingVersion: number;
  readOnly: boolean;
  ownerDistrictName: string;
  districtCode: string;
  municipalityCode: string;
  reopenReason: string | null;
  reportVersion: number | null;
  caseDistrictCodes: string[];
  score: number;
  versions: { n: number; reason: string; score: number; settingsHash: string | null; settingsVersion: number | null }[];
  changes: {
    since: string;
    fromVersion: number;
    toVersion: number;
    scoreFrom: number;
    scoreTo: number;
    addressFrom: string | null;
    addressTo: string | null;
    membersAdded: string[];
    signalsAdded: { ruleId: string }[];
    evidenceAdded: { kind: string; id: string }[];
  }[];
  signals: { ruleId: string; evidence: { id: string }[] }[];
}

async function load(b: RecordBuilder): Promise<void> {
  await t.app.get(IngestService).writer.writeTrusted(b.records);
}

let extraCases = 100;

/** A fresh builder that adds to an existing family (same prefix), numbering its cases past the family's own. */
function more(b: RecordBuilder): RecordBuilder {
  extraCases += 10;
  return new RecordBuilder(b.prefix, extraCases);
}

describe('the weekly screening schedule', () => {
  function scheduler(runner: ScreeningRunner, lockId: string): ScanScheduler {
    const config = { ...t.app.get<AppConfig>(APP_CONFIG), OPSPOR_SCAN_INTERVAL_HOURS: 168 };
    const s = new ScanScheduler(config, t.graph, runner);
    s.lockId = lockId;
    return s;
  }

  it('checked every hour for two weeks, the weekly scan runs exactly twice, and lastScanAt is the start of the last completed scan', async () => {
    const runs: string[] = [];
    const s = scheduler(
      {
        run: async ({ now }) => {
          runs.push(now!.toISOString());
          return { clusters: 0, hits: [], elapsedMs: 1 };
        },
      },
      `${t.runId}-weekly`,
    );
    const start = Date.parse('2026-01-05T03:00:00Z');
    const outcomes: string[] = [];
    for (let hour = 0; hour < 14 * 24; hour += 1) outcomes.push(await s.tick(new Date(start + hour * 3600_000)));
    expect(outcomes.length).toBeGreaterThanOrEqual(8);
    expect(runs).toEqual(['2026-01-05T03:00:00.000Z', '2026-01-12T03:00:00.000Z']);
    expect(outcomes.filter((o) => o === 'ran')).toHaveLength(2);
    const status = await s.status(new Date(start + 14 * 24 * 3600_000));
    expect(Date.parse(status.lastScanAt!)).toBe(Date.parse('2026-01-12T03:00:00Z'));
    expect(Date.parse(status.nextDueAt!)).toBe(Date.parse('2026-01-19T03:00:00Z'));
    expect(status.lastOutcome).toBe('not-due');
  });

  it('a failed scan does not move lastScanAt (it is tried again at the next check), and a second instance never scans in parallel', async () => {
    let fail = true;
    let runs = 0;
    const runner: ScreeningRunner = {
      run: async () => {
        runs += 1;
        if (fail) throw new Error('Neo4j went away');
        return { clusters: 1, hits: [], elapsedMs: 1 };
      },
    };
    const lockId = `${t.runId}-weekly-2`;
    const a = scheduler(runner, lockId);
    const start = Date.parse('2026-02-02T03:00:00Z');
    expect(await a.tick(new Date(start))).toBe('failed');
    expect((await a.status(new Date(start))).lastScanAt).toBeNull();
    fail = false;
    expect(await a.tick(new Date(start + 15 * 60_000))).toBe('ran');
    expect(runs).toBe(2);

    // Two instances checking at the same moment: one takes the lock, the other is told so.
    let release!: () => void;
    const slow: ScreeningRunner = {
      run: () =>
        new Promise((resolve) => {
          release = () => resolve({ clusters: 0, hits: [], elapsedMs: 0 });
        }),
    };
    const first = scheduler(slow, `${lockId}-b`);
    const second = scheduler(slow, `${lockId}-b`);
    const running = first.tick(new Date(start));
    await new Promise((r) => setTimeout(r, 300));
    expect(await second.tick(new Date(start + 60_000))).toBe('locked');
    release();
    expect(await running).toBe('ran');
  });
});

describe('health', () => {
  it('/health shows when the weekly scan last completed and when the next is due', async () => {
    const body = (await (await fetch(`${t.url}/health`)).json()) as { status: string; scan?: Record<string, unknown> };
    expect(body.status).toBe('ok');
    expect(body.scan).toBeDefined();
    expect(Object.keys(body.scan!).sort()).toEqual(['lastCompletedAt', 'lastOutcome', 'nextDueAt']);
  });
});

describe('live flags and back-tests', () => {
  it('a scan as of an earlier date writes nothing: every live flag, its versions and evidence stay byte-identical', async () => {
    const b = flaggedFamily(prefix());
    const id = await raiseFlag(t, b, TODAY);
    const before = await snapshot(id);
    const screening = t.app.get(ScreeningService);
    const past = await screening.run({ asOf: '2024-06-30', districtCodes: ['NJY'] });
    expect(past.live).toBe(false);
    expect(past.hits.find((h) => h.flagId === id)).toBeDefined(); // the back-test names the flag it would continue
    const older = await screening.run({ asOf: '2023-06-30', districtCodes: ['NJY'] });
    expect(older.noLongerFound).toContain(id); // and says which live flags that date would not find
    expect(await snapshot(id)).toBe(before);
    await expect(screening.run({ asOf: '2025-03-02' })).rejects.toThrow(/after today/);
  });

  it('an admin sees the difference: runScan as of a past date answers live: false', async () => {
    const admin = await signedIn(t, 'admin');
    const data = await admin.ok<{ runScan: { live: boolean; asOf: string } }>(
      'mutation { runScan(asOf: "2024-01-01") { live asOf clusters flagged settingsHash } }',
    );
    expect(data.runScan).toMatchObject({ live: false, asOf: '2024-01-01' });
  });
});

describe('versions', () => {
  it('new evidence makes a new version, the old one never changes, the same content makes none, and the user sees what changed', async () => {
    const b = flaggedFamily(prefix());
    const id = await raiseFlag(t, b, TODAY);
    const coordinator = await signedIn(t, 'coordinator', { districtCode: 'NJY' });
    const first = (await coordinator.ok<{ flag: FlagView }>(FLAG, { id })).flag;
    expect(first).toMatchObject({ version: 1, viewingVersion: 1, changes: [] });
    expect(first.versions[0]).toMatchObject({ n: 1, reason: 'new' });
    expect(first.versions[0]!.settingsHash).toMatch(/^[0-9a-f]{64}$/);
    const v1 = JSON.parse(await snapshot(id))[0].versions[0];

    expect((await recheckAt(t, [b.id('far')], TODAY)).newVersions).toBe(0);
    const c = more(b);
    const newCase = c.case('vold', '2025-02-20', [['far', 'charged']]);
    await load(c);
    expect((await recheckAt(t, [b.id('far')], TODAY)).newVersions).toBe(1);

    const second = (await coordinator.ok<{ flag: FlagView }>(FLAG, { id })).flag;
    expect(second.version).toBe(2);
    expect(second.changes).toHaveLength(1);
    expect(second.changes[0]).toMatchObject({ since: 'last-seen', fromVersion: 1, toVersion: 2 });
    expect(second.changes[0]!.evidenceAdded.map((e) => e.id)).toContain(newCase);
    expect(JSON.parse(await snapshot(id))[0].versions[0]).toEqual(v1);
    // version 1 can still be read as it was
    const old = (await coordinator.ok<{ flag: FlagView }>(FLAG, { id, v: 1 })).flag;
    expect(old.viewingVersion).toBe(1);
    expect(old.signals.flatMap((s) => s.evidence.map((e) => e.id))).not.toContain(newCase);
    // once looked at, nothing is "changed since you last looked"
    expect((await coordinator.ok<{ flag: FlagView }>(FLAG, { id })).flag.changes).toEqual([]);
  });

  it('a reported flag keeps the approved version and its PDF byte for byte; new evidence returns it to the inbox as a new version', async () => {
    const b = flaggedFamily(prefix());
    const id = await raiseFlag(t, b, TODAY);
    const author = await signedIn(t, 'coordinator', { districtCode: 'NJY' });
    const approver = await signedIn(t, 'coordinator', { districtCode: 'NJY' });
    await author.ok(CHANGE, { i: { flagId: id, status: 'IN_REVIEW', note: 'Tages op' } });
    const saved = await draft(author, id); // saved and sent for approval
    await approver.ok(APPROVE, { i: { flagId: id, version: saved.report!.version } });
    await author.ok(CHANGE, { i: { flagId: id, status: 'REPORTED', note: 'Sendt til kommunen' } });
    const reportId = saved.report!.id as string;
    const pdf = async () =>
      Buffer.from(
        await (
          await fetch(`${t.url}/api/reports/${encodeURIComponent(reportId)}.pdf`, {
            headers: { authorization: `Bearer ${author.token}`, 'x-opspor-purpose': encodeURIComponent('Socialsøg-screening') },
          })
        ).arrayBuffer(),
      ).toString('base64');
    const pdfBefore = await pdf();
    const v1 = JSON.parse(await snapshot(id))[0].versions[0];

    // later scans: a back-test, a re-check that finds the same, then new evidence
    await t.app.get(ScreeningService).run({ asOf: '2024-12-01', districtCodes: ['NJY'] });
    await recheckAt(t, [b.id('far')], TODAY);
    expect((await readTest<{ flagVersion: number }>(t.graph, 'report-of-flag', { id }))[0]).toMatchObject({
      status: 'REPORTED',
      flagVersion: 1,
      approvedFlagVersion: 1,
    });
    const c = more(b);
    c.case('spiritus-narkokoersel', '2025-02-25', [['far', 'charged']]);
    await load(c);
    await recheckAt(t, [b.id('far')], TODAY);

    expect(await pdf()).toBe(pdfBefore);
    expect(JSON.parse(await snapshot(id))[0].versions[0]).toEqual(v1);
    const view = (await author.ok<{ flag: FlagView }>(FLAG, { id })).flag;
    expect(view).toMatchObject({ status: 'NEW', version: 2, reopenReason: 'evidence-after-report', reportVersion: 1 });
    expect(view.changes.map((ch) => ch.since)).toContain('report');
    const history = (await author.ok<{ flagReview: ReviewView }>(VIEW, { id })).flagReview.history;
    expect(history.at(-1)).toMatchObject({ kind: 'reopened', fromStatus: 'REPORTED', toStatus: 'NEW' });
    // the sent report stays sealed; the new round gets a report of its own
    await author.ok(CHANGE, { i: { flagId: id, status: 'IN_REVIEW', note: 'Ny evidens efter underretning' } });
    const next = await draft(author, id, ASSESSMENT, undefined, { request: false });
    expect(next.report!.id).not.toBe(reportId);
    const reports = await readTest<{ id: string; status: string; flagVersion: number }>(t.graph, 'report-of-flag', { id });
    expect(reports.map((r) => [r.status, r.flagVersion])).toEqual([
      ['REPORTED', 1],
      ['DRAFT', 2],
    ]);
  });
});

describe('a flag belongs to the children', () => {
  it('a child moving from Copenhagen to Slagelse keeps one flag with two versions, its owner district and the report recipient follow', async () => {
    const b = flaggedFamily(prefix(), { municipalityCode: '101', district: 'KBH' });
    const id = await raiseFlag(t, b, TODAY);
    const kbh = await signedIn(t, 'coordinator', { districtCode: 'KBH' });
    const kbh2 = await signedIn(t, 'coordinator', { districtCode: 'KBH' });
    await kbh.ok(CHANGE, { i: { flagId: id, status: 'IN_REVIEW', note: 'Tages op' } });
    const saved = await draft(kbh, id);
    expect(saved.report!.municipalityCode).toBe('101');

    // mother and children move to Slagelse on 2025-02-01
    const move = more(b).address('nyt', '330');
    for (const [who, from] of [
      ['mor', '2014-01-01'],
      ['barn', '2015-09-09'],
      ['bror', '2018-02-02'],
    ] as const)
      move.lives(who, 'hjem', from, '2025-02-01').lives(who, 'nyt', '2025-02-01');
    await load(move);
    const result = await recheckAt(t, [b.id('barn')], TODAY);
    expect(result.hits.map((h) => h.flagId)).toEqual([id]);

    const admin = await signedIn(t, 'admin');
    const view = (await admin.ok<{ flag: FlagView }>(FLAG, { id })).flag;
    expect(view).toMatchObject({ version: 2, municipalityCode: '330' });
    expect(view.districtCode).not.toBe('KBH');
    expect(view.versions.map((v) => v.reason)).toEqual(['moved', 'new']);
    const flags = await readTest<Snapshot>(t.graph, 'flag-snapshot', { id: flagIdFor(b.id('barn')) });
    expect(flags).toHaveLength(1);

    // the approver sees that the recipient changed and confirms it
    const owner = await signedIn(t, 'coordinator', { districtCode: view.districtCode });
    // Copenhagen registered the cases: it may still read the flag, but the new owner decides
    expect((await kbh2.gql(APPROVE, { i: { flagId: id, version: saved.report!.version } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const refused = await owner.gql(APPROVE, { i: { flagId: id, version: saved.report!.version } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toMatch(/Slagelse/);
    const approved = (
      await owner.ok<{ approveReport: ReviewView }>(APPROVE, {
        i: { flagId: id, version: saved.report!.version, confirmMunicipalityCode: '330' },
      })
    ).approveReport;
    expect(approved.report!.municipalityCode).toBe('330');
  });
});

describe('districts that registered a case', () => {
  it('a Nordjylland case about a father whose child lives in Copenhagen: Copenhagen owns the flag, Nordjylland reads it and cannot decide', async () => {
    const b = flaggedFamily(prefix(), { municipalityCode: '101', district: 'NJY' });
    const id = await raiseFlag(t, b, TODAY);
    const kbh = await signedIn(t, 'coordinator', { districtCode: 'KBH' });
    const njy = await signedIn(t, 'coordinator', { districtCode: 'NJY' });
    const fyn = await signedIn(t, 'coordinator', { districtCode: 'FYN' });

    const owned = (await kbh.ok<{ flag: FlagView }>(FLAG, { id })).flag;
    expect(owned).toMatchObject({ readOnly: false, districtCode: 'KBH', caseDistrictCodes: ['NJY'] });
    const read = (await njy.ok<{ flag: FlagView }>(FLAG, { id })).flag;
    expect(read).toMatchObject({ readOnly: true, ownerDistrictName: 'Københavns Politi' });
    const denied = await njy.gql(CHANGE, { i: { flagId: id, status: 'IN_REVIEW', note: 'Vil tage den' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(denied.errors?.[0]?.message).toMatch(/KBH/);
    expect((await fyn.gql(FLAG, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const list = `query($f: FlagFilterInput) { flags(filter: $f, first: 100) { items { id readOnly ownerDistrictName } } }`;
    const theirs = await njy.ok<{ flags: { items: { id: string; readOnly: boolean }[] } }>(list, { f: { scope: 'case-districts' } });
    expect(theirs.flags.items.find((f) => f.id === id)).toMatchObject({ readOnly: true });
    const own = await njy.ok<{ flags: { items: { id: string }[] } }>(list, {});
    expect(own.flags.items.map((f) => f.id)).not.toContain(id);
  });
});

describe('state changes under concurrency', () => {
  it('50 concurrent dismissals of one flag: exactly one succeeds, the rest get CONFLICT, one history entry', async () => {
    const b = flaggedFamily(prefix());
    const id = await raiseFlag(t, b, TODAY);
    const coordinators: Client[] = [];
    for (let i = 0; i < 5; i += 1) coordinators.push(await signedIn(t, 'coordinator', { districtCode: 'NJY' }));
    await coordinators[0]!.ok(CHANGE, { i: { flagId: id, status: 'IN_REVIEW', note: 'Tages op' } });
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        coordinators[i % 5]!.gql(CHANGE, { i: { flagId: id, status: 'DISMISSED', note: `Afvist ${i}` } }),
      ),
    );
    const wins = results.filter((r) => !r.errors);
    expect(wins).toHaveLength(1);
    const codes = new Set(results.filter((r) => r.errors).map((r) => r.errors![0]!.extensions?.code));
    // CONFLICT while the winner's transaction is open, INVALID_TRANSITION once it has committed (which
    // of the two the losers see depends on timing; that none of them wins does not)
    expect(codes.size).toBeGreaterThan(0);
    expect([...codes].every((c) => c === 'CONFLICT' || c === 'INVALID_TRANSITION')).toBe(true);
    const history = (await coordinators[0]!.ok<{ flagReview: ReviewView }>(VIEW, { id })).flagReview.history;
    expect(history.filter((h) => h.toStatus === 'DISMISSED')).toHaveLength(1);
  });
});

describe('migration from the first shape', () => {
  it('gives an unversioned flag its version 1 with the same signals and members, and its report cites version 1', async () => {
    const b = new RecordBuilder(prefix());
    b.person('mor', 'F', '1985-05-05').person('barn', 'F', '2015-09-09').address('hjem');
    b.lives('mor', 'hjem', '2014-01-01').lives('barn', 'hjem', '2015-09-09').parent('mor', 'barn');
    await load(b);
    const id = `flag-${b.id('hjem')}`;
    // signals as the first version wrote them: relations unknown to the codec, evidence of kind residence
    const signals = JSON.stringify([
      {
        ruleId: 'repeated-risk-behaviour',
        kind: 'context',
        weight: 40,
        personId: b.id('mor'),
        addressId: null,
        value: 3,
        threshold: 3,
        margin: 0,
        evidence: [{ kind: 'case', id: b.id('c1'), date: '2024-01-10', category: 'vold', role: 'charged', district: 'NJY' }],
      },
    ]);
    await readTest(t.graph, 'plant-old-flag', { id, childId: b.id('barn'), motherId: b.id('mor'), addressId: b.id('hjem'), signals });
    expect(await t.app.get(FlagMigration).run()).toBeGreaterThanOrEqual(1);
    const [snap] = await readTest<Snapshot>(t.graph, 'flag-snapshot', { id });
    expect(snap!.versions).toHaveLength(1);
    expect(snap!.versions[0]).toMatchObject({ n: 1, reason: 'migrated', caseIds: [b.id('c1')], caseDistrictCodes: ['NJY'] });
    expect(JSON.parse(snap!.versions[0]!.signals as string)[0].evidence[0].id).toBe(b.id('c1'));
    expect(JSON.parse(snap!.flag.members as string)).toContainEqual({
      personId: b.id('mor'),
      relation: 'adult',
      livesHere: true,
      relations: [{ childId: b.id('barn'), relation: 'parent' }],
    });
    expect((await readTest<{ flagVersion: number }>(t.graph, 'report-of-flag', { id }))[0]?.flagVersion).toBe(1);
    const admin = await signedIn(t, 'admin');
    const view = (await admin.ok<{ flag: FlagView }>(FLAG, { id })).flag;
    expect(view).toMatchObject({ version: 1, status: 'IN_REVIEW' });
    expect(await t.app.get(FlagMigration).run()).toBe(0); // idempotent
  });
});
