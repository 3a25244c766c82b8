import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { flagIdFor, recheckAt } from '../support/flags.js';
import { ReviewClock } from '../../server/src/review/review.clock.js';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { removeWithPrefix } from '../support/data.js';
import { OUTCOME, approve, change, draft } from './review.fixtures.js';

// The whole data set lives in 1907, a year no other data uses, so the figures are exactly ours
// even in a shared database: flags, decisions and the population are all dated in it.
type User = Client & { username: string };
let t: TestApp;
let P: string;
let author: User;
let approver: User;

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-`;
  [author, approver] = await Promise.all([
    signedIn(t, 'coordinator', { districtCode: 'NJY' }),
    signedIn(t, 'coordinator', { districtCode: 'NJY' }),
  ]);
});
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

/** Decisions taken at this instant (and "today" its date). */
function at(iso: string): void {
  const clock = t.app.get(ReviewClock);
  clock.now = () => new Date(iso);
  clock.today = () => iso.slice(0, 10);
}

function family(name: string, municipalityCode: string, districts: string[] = ['NJY', 'NJY', 'NJY']): RecordBuilder {
  const b = new RecordBuilder(`${P}${name}-`);
  b.person('mor', 'F', '1872-05-05').person('far', 'M', '1870-03-03').person('barn', 'F', '1900-09-09').person('bror', 'M', '1903-02-02');
  b.address('hjem', municipalityCode).address('farshjem', municipalityCode);
  b.lives('mor', 'hjem', '1895-01-01')
    .lives('barn', 'hjem', '1900-09-09')
    .lives('bror', 'hjem', '1903-02-02')
    .lives('far', 'farshjem', '1899-01-01');
  b.parent('mor', 'barn').parent('far', 'barn').parent('mor', 'bror').parent('far', 'bror');
  districts.forEach((d, i) => b.case('vold', `1906-0${i + 1}-10`, [['far', 'charged']], d));
  return b;
}

async function raise(b: RecordBuilder, createdAt: string): Promise<string> {
  await t.app.get(IngestService).writer.writeTrusted(b.records);
  await recheckAt(t, [b.id('barn')], createdAt.slice(0, 10), new Date(createdAt));
  return flagIdFor(b.id('barn'));
}

async function report(id: string, on: string, childIds?: string[]): Promise<void> {
  at(`${on}T09:00:00Z`);
  await change(author, id, 'IN_REVIEW', 'Tager sagen');
  const saved = await draft(author, id, undefined, childIds);
  await approve(approver, id, saved.report!.version);
  at(`${on}T14:00:00Z`);
  await change(author, id, 'REPORTED', 'Sendt');
}

// Counts of 1–4 leave the server as null (the page shows "<5"); 0 and every count from 5 up are exact.
// The data set is built so that most counts are small and a few land exactly on 5 or above.
describe('statistics on a small known data set', () => {
  it('counts flags, reports (own district vs elsewhere), dismissals, rule relevance and flag rates, suppressing 1–4', async () => {
    const f1 = await raise(family('f1', '851'), '1907-03-15T12:00:00Z');
    const f2 = await raise(family('f2', '851'), '1907-03-20T12:00:00Z');
    const b3 = family('f3', '825', ['NJY', 'OJY', 'NJY']);
    const f3 = await raise(b3, '1907-04-10T12:00:00Z');
    await raise(family('f4', '825'), '1907-05-05T12:00:00Z');
    await raise(family('f5', '851'), '1907-06-05T12:00:00Z'); // the district's fifth flag: 5 is shown as it is

    await report(f1, '1907-04-20');
    at('1907-05-10T10:00:00Z');
    await change(author, f2, 'IN_REVIEW', 'Ser på den');
    await change(author, f2, 'DISMISSED', 'Ingen bekymring for barnet');
    // The child of f3 moves to Copenhagen (another district) before the report is written.
    b3.address('kbh', '101');
    const old = b3.records.find((r) => r.type === 'residence' && r.personId === b3.id('barn'));
    if (old?.type === 'residence') old.to = '1907-04-25';
    b3.lives('barn', 'kbh', '1907-04-25');
    await t.app.get(IngestService).writer.writeTrusted(b3.records);
    await report(f3, '1907-05-12', [b3.id('barn')]);
    at('1907-06-01T10:00:00Z');
    await author.ok(OUTCOME, { i: { flagId: f1, outcome: 'RELEVANT' } });
    await author.ok(OUTCOME, { i: { flagId: f3, outcome: 'NOT_RELEVANT' } });

    const query = `query($d: String) { reviewStatistics(fromMonth: "1907-01", toMonth: "1907-06", districtCode: $d, populationDate: "1907-12-31") {
      fromMonth toMonth districtCode populationDate suppressedBelow
      months { month flagsRaised reportsSent reportsOwnDistrict reportsElsewhere dismissals }
      districts { districtCode districtName flagsRaised reportsSent reportsOwnDistrict reportsElsewhere dismissals }
      municipalities { municipalityCode municipalityName districtCode flagsRaised reportsReceived dismissals population flagsPer1000 }
      rules { ruleId titleDa reports judged relevant notRelevant alreadyKnown relevantShare } } }`;
    type Stats = {
      reviewStatistics: {
        districtCode: string | null;
        suppressedBelow: number;
        months: Record<string, unknown>[];
        districts: Record<string, unknown>[];
        municipalities: { municipalityCode: string }[];
        rules: Record<string, unknown>[];
      };
    };
    const stats = (await author.ok<Stats>(query, {})).reviewStatistics; // a coordinator's default: their district
    expect(stats.districtCode).toBe('NJY');
    expect(stats.suppressedBelow).toBe(5);
    // Exactly: March 2 flags, April 1 flag and 1 report (own district), May 1 flag, 1 report elsewhere and
    // 1 dismissal, June 1 flag. All of those are 1–4, so none of them leaves the server.
    const none = { flagsRaised: 0, reportsSent: 0, reportsOwnDistrict: 0, reportsElsewhere: 0, dismissals: 0 };
    expect(stats.months).toEqual([
      { month: '1907-01', ...none },
      { month: '1907-02', ...none },
      { month: '1907-03', ...none, flagsRaised: null },
      { month: '1907-04', ...none, flagsRaised: null, reportsSent: null, reportsOwnDistrict: null },
      { month: '1907-05', flagsRaised: null, reportsSent: null, reportsOwnDistrict: 0, reportsElsewhere: null, dismissals: null },
      { month: '1907-06', ...none, flagsRaised: null },
    ]);
    // Five flags in the district: shown exactly; two reports (one own, one elsewhere) and one dismissal: not.
    expect(stats.districts).toEqual([
      {
        districtCode: 'NJY',
        districtName: 'Nordjyllands Politi',
        flagsRaised: 5,
        reportsSent: null,
        reportsOwnDistrict: null,
        reportsElsewhere: null,
        dismissals: null,
      },
    ]);
    const byCode = Object.fromEntries(stats.municipalities.map((m) => [m.municipalityCode, m]));
    // 851: three families of four (12 residents, 3 flags); 825: two families, one child has left (7
    // residents, 2 flags); 101 received a report and has 1 resident. A rate would give a suppressed
    // count back (rate × residents / 1000), so it is null wherever flags or residents are 1–4.
    expect(byCode['851']).toEqual({
      municipalityCode: '851',
      municipalityName: 'Aalborg',
      districtCode: 'NJY',
      flagsRaised: null,
      reportsReceived: null,
      dismissals: null,
      population: 12,
      flagsPer1000: null,
    });
    expect(byCode['825']).toEqual(
      expect.objectContaining({ flagsRaised: null, reportsReceived: 0, dismissals: 0, population: 7, flagsPer1000: null }),
    );
    expect(byCode['101']).toEqual(
      expect.objectContaining({ districtCode: 'KBH', flagsRaised: 0, reportsReceived: null, population: null, flagsPer1000: null }),
    );
    expect(
      stats.municipalities
        .filter((m) => !['851', '825', '101'].includes(m.municipalityCode))
        .every((m) => JSON.stringify(m).includes('"flagsRaised":0')),
    ).toBe(true);
    // One report on each rule's flags was judged (two for repeated risk behaviour): all 1–4, and the share with them.
    const hidden = { reports: null, judged: null, relevant: null, notRelevant: null, alreadyKnown: 0, relevantShare: null };
    expect(stats.rules).toEqual([
      { ruleId: 'history-across-districts', titleDa: 'Historik på tværs af politikredse', ...hidden, relevant: 0 },
      { ruleId: 'repeated-risk-behaviour', titleDa: 'Gentagen risikoadfærd', ...hidden },
    ]);
    // No small number is in the answer at all, not even as a share.
    expect(JSON.stringify(stats)).not.toMatch(/":(0\.\d+|[1-4])[,}]/);

    // Nationally the same figures sit under NJY; no other district has anything in 1907.
    const national = (await author.ok<Stats>(query, { d: 'ALL' })).reviewStatistics;
    expect(national.districtCode).toBeNull();
    expect(national.districts).toHaveLength(12);
    expect(national.districts.find((d) => d.districtCode === 'NJY')).toEqual(stats.districts[0]);
    expect(national.districts.filter((d) => d.districtCode !== 'NJY').every((d) => d.flagsRaised === 0 && d.reportsSent === 0)).toBe(true);
    // Aggregates only: no person, case or flag id anywhere.
    expect(JSON.stringify(national)).not.toContain(P);
  });

  it('validates the period', async () => {
    const bad = await author.gql('{ reviewStatistics(fromMonth: "1907-13", toMonth: "1907-01") { fromMonth } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const reversed = await author.gql('{ reviewStatistics(fromMonth: "1907-05", toMonth: "1907-01") { fromMonth } }');
    expect(reversed.errors?.[0]?.message).toMatch(/toMonth: must not be before fromMonth/);
    const long = await author.gql('{ reviewStatistics(fromMonth: "1900-01", toMonth: "1930-01") { fromMonth } }');
    expect(long.errors?.[0]?.extensions?.code).toBe('LIMIT_EXCEEDED');
  });
});
