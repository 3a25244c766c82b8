import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { flagIdFor, recheckAt } from '../support/flags.js';
import { RetentionService } from '../../server/src/retention/retention.service.js';
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
