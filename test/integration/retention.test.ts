import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { flagIdFor, recheckAt } from '../support/flags.js';
import type { IngestRecord } from '../../server/src/ingest/records.js';
import { retentionCutoffs } from '../../server/src/retention/retention-periods.js';
import { RetentionService } from '../../server/src/retention/retention.service.js';
import { FAMILIEN_X, familienXRecords } from '../../seed/src/fixtures/familien-x.js';
import { startApp, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { readTest, removeWithPrefix } from '../support/data.js';

let t: TestApp;
beforeAll(async () => {
  t = await startApp();
});
afterAll(async () => {
  await removeWithPrefix(t.graph, `${t.runId}-`);
  await t?.close();
});

describe('retention', () => {
  it('purges cases older than the period and flags dismissed long ago, and audits the run', async () => {
    const b = new RecordBuilder(`${t.runId}-ret-`);
    b.person('mor', 'F', '1940-05-05').person('barn', 'F', '2015-09-09').address('hjem');
    b.lives('mor', 'hjem', '2014-01-01').lives('barn', 'hjem', '2015-09-09').parent('mor', 'barn');
    // dates far in the past, so the purge touches no other test's records in the shared database
    const old = b.case('vold', '1962-01-10', [['mor', 'charged']]);
    const recent = [0, 1, 2].map((i) => b.case('vold', `2024-0${i + 1}-10`, [['mor', 'charged']]));
    await t.app.get(IngestService).writer.writeTrusted(b.records);
    await recheckAt(t, [b.id('mor')], '2025-03-01');
    const flagId = flagIdFor(b.id('barn'));
    await readTest(t.graph, 'dismiss-flag', { id: flagId, on: '1970-01-01' });

    const report = await t.app.get(RetentionService).purge(new Date('1975-03-01T12:00:00Z'));
    expect(report.caseCutoff).toBe('1965-03-01');
    expect(report.casesDeleted).toBeGreaterThanOrEqual(1);
    expect(report.flagsDeleted).toBeGreaterThanOrEqual(1);
    expect(await readTest(t.graph, 'case-by-id', { id: old })).toEqual([]);
    expect(await readTest(t.graph, 'case-by-id', { id: recent[0] })).toHaveLength(1);
    expect(await readTest(t.graph, 'flag-state', { id: flagId })).toEqual([]);
    const [entry] = await t.app.get(AuditService).search({ operation: 'retention', limit: 1 });
    expect(entry).toMatchObject({ actor: 'system', outcome: 'ok' });
  });
});

/** Familien X under this run's ids, every date moved back 60 years (a leap-year multiple), so a
 * retention run in 1965 touches only records this test owns. */
function shiftedFamilienX(prefix: string): IngestRecord[] {
  const shift = (v: string) => `${String(Number(v.slice(0, 4)) - 60).padStart(4, '0')}${v.slice(4)}`;
  return familienXRecords().map(
    (r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [
          k,
          typeof v !== 'string' ? v : v.startsWith('fx-') ? `${prefix}${v}` : /^\d{4}-\d{2}-\d{2}/.test(v) ? shift(v) : v,
        ]),
      ) as unknown as IngestRecord,
  );
}

describe('retention that respects evidence', () => {
  it("keeps Familien X's history cited by its open flag, deletes old uncited cases, and audits the run", async () => {
    const prefix = `${t.runId}-x-`;
    const records = shiftedFamilienX(prefix);
    await t.app.get(IngestService).writer.writeTrusted(records);
    const id = (local: string) => `${prefix}${local}`;
    const asOf = '1965-03-01'; // FAMILIEN_X_AS_OF, 60 years back
    const result = await recheckAt(t, [id(FAMILIEN_X.father)], asOf);
    const flagId = result.hits.find((h) => h.evaluation.cluster.addressId === id(FAMILIEN_X.fatherHome))?.flagId;
    const flag = await readTest<{ status: string }>(t.graph, 'flag-state', { id: flagId });
    expect(flag).toHaveLength(1);

    const cases = records.filter(
      (r): r is IngestRecord & { type: 'case'; id: string; category: string; occurredAt: string } => r.type === 'case',
    );
    const involvements = records.filter((r) => r.type === 'involvement') as { caseId: string; personId: string }[];
    const casesOf = (person: string, categories: string[]) =>
      cases.filter((c) => categories.includes(c.category) && involvements.some((i) => i.caseId === c.id && i.personId === id(person)));
    // the history the issue names: the mother's violence from before the children were born, the father's drug charges
    const history = [...casesOf(FAMILIEN_X.mother, ['vold', 'vanvidskoersel']), ...casesOf(FAMILIEN_X.father, ['euforiserende-stoffer'])];
    expect(history.length).toBe(2 + 3 + 20);
    const cutoff = '1955-03-01';
    expect(history.filter((c) => c.occurredAt < cutoff).length).toBeGreaterThanOrEqual(2 + 2 + 13);
    // cited by nothing and past the period: the mother's fraud cases of 2012 and 2014 (here 1952, 1954)
    const uncited = casesOf(FAMILIEN_X.mother, ['bedrageri']).filter((c) => c.occurredAt < cutoff);
    expect(uncited).toHaveLength(2);

    const retention = t.app.get(RetentionService);
    const now = new Date('1965-03-01T12:00:00Z');
    const preview = await retention.preview(now);
    expect(preview.cutoffs.cases).toBe(cutoff);
    expect(preview.casesKept).toBeGreaterThanOrEqual(17);
    for (const c of uncited) expect(await readTest(t.graph, 'case-by-id', { id: c.id })).toHaveLength(1); // a preview deletes nothing

    const report = await retention.purge(now);
    expect(report.casesDeleted).toBeGreaterThanOrEqual(2);
    expect(report.casesKept).toBeGreaterThanOrEqual(17);
    for (const c of history)
      expect({ id: c.id, kept: (await readTest(t.graph, 'case-by-id', { id: c.id })).length }).toEqual({ id: c.id, kept: 1 });
    for (const c of uncited) expect(await readTest(t.graph, 'case-by-id', { id: c.id })).toEqual([]);
    const [entry] = await t.app.get(AuditService).search({ operation: 'retention', limit: 1 });
    expect(entry).toMatchObject({ actor: 'system', outcome: 'ok' });
    expect(JSON.parse(String(entry?.detail))).toMatchObject({
      caseCutoff: cutoff,
      casesDeleted: report.casesDeleted,
      casesKept: report.casesKept,
    });
  });

  it('uses a period per category and its own periods for indicators and support flags', () => {
    const cutoffs = retentionCutoffs(new Date('2025-03-01T12:00:00Z'), {
      OPSPOR_CASE_RETENTION_YEARS: 10,
      OPSPOR_CASE_RETENTION_BY_CATEGORY: 'vold=15; nabostridigheder=3',
      OPSPOR_INDICATOR_RETENTION_YEARS: 5,
      OPSPOR_SUPPORT_FLAG_RETENTION_DAYS: 365,
      OPSPOR_DISMISSED_RETENTION_DAYS: 730,
    });
    expect(cutoffs).toEqual({
      cases: '2015-03-01',
      byCategory: { vold: '2010-03-01', nabostridigheder: '2022-03-01' },
      indicators: '2020-03-01',
      supportFlags: '2024-03-01',
      dismissedFlags: '2023-03-02',
    });
  });
});
