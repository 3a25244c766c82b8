import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { UsersRepository } from '../../server/src/auth/users.repository.js';
import type { IngestRecord } from '../../server/src/ingest/records.js';
import { MunicipalScanScheduler } from '../../server/src/municipal/municipal-scan.scheduler.js';
import { MunicipalService } from '../../server/src/municipal/municipal.service.js';
import { Clock } from '../../server/src/common/clock.js';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { readTest, removeWithPrefix } from '../support/data.js';

const AS_OF = '2025-03-01';
type User = Client & { username: string };
let t: TestApp;
let P: string;
let n = 0;
let caseworker: User;
let municipalAdmin: User;
let admin: User;

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-`;
  vi.spyOn(t.app.get(Clock), 'today').mockReturnValue(AS_OF);
  [caseworker, municipalAdmin, admin] = await Promise.all([
    signedIn(t, 'caseworker', { municipalityCode: '851' }),
    signedIn(t, 'municipal-admin', { municipalityCode: '851' }),
    signedIn(t, 'admin'),
  ]);
});
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

/** A family in Aalborg (851): registers only; the municipality loads its indicators itself. */
async function family(): Promise<RecordBuilder> {
  n += 1;
  const b = new RecordBuilder(`${P}c${n}-`);
  b.person('mor', 'F', '1990-05-05').person('barn', 'M', '2016-04-04').person('baby', 'F', '2024-06-06').address('hjem', '851');
  b.lives('mor', 'hjem', '2015-01-01').lives('barn', 'hjem', '2016-04-04').lives('baby', 'hjem', '2024-06-06');
  b.parent('mor', 'barn').parent('mor', 'baby');
  await admin.ok('mutation($j: String!) { ingest(jsonl: $j) { records } }', { j: b.records.map((r) => JSON.stringify(r)).join('\n') });
  return b;
}

function indicator(b: RecordBuilder, key: string, person: string, kind: string, date: string, municipalityCode = '851'): IngestRecord {
  return { type: 'indicator', id: b.id(key), personId: b.id(person), kind, date, municipalityCode } as IngestRecord;
}

const INGEST = 'mutation($j: String!) { ingest(jsonl: $j) { records } }';
const jsonl = (records: IngestRecord[]) => records.map((r) => JSON.stringify(r)).join('\n');
const FLAG = `query($id: String!) { supportFlag(id: $id) { id status active signals { ruleId } decisions { decision note }
  familyAnswer familyAnswerDate familyAnswerNote } }`;

async function supportFlag(b: RecordBuilder) {
  return caseworker.gql<{
    supportFlag: {
      status: string;
      active: boolean;
      signals: { ruleId: string }[];
      decisions: { decision: string; note: string }[];
      familyAnswer: string | null;
      familyAnswerDate: string | null;
    };
  }>(FLAG, { id: `support-851-${b.id('hjem')}` });
}

describe('the municipality loads its own indicators', () => {
  it('a municipal-admin ingests indicators for their municipality, and the support flags update without a manual scan', async () => {
    const b = await family();
    expect((await supportFlag(b)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await municipalAdmin.ok(INGEST, {
      j: jsonl([
        indicator(b, 'abs1', 'barn', 'school-absence', '2024-10-01'),
        indicator(b, 'abs2', 'barn', 'school-absence', '2025-01-15'),
      ]),
    });
    const flag = await supportFlag(b);
    expect(flag.data?.supportFlag).toMatchObject({ status: 'NEW', active: true });
    expect(flag.data?.supportFlag.signals.map((s) => s.ruleId)).toEqual(['municipal-school-absence']);
  });

  it('indicators for another municipality are rejected naming the line, and nothing is written', async () => {
    const b = await family();
    const result = await municipalAdmin.gql(INGEST, {
      j: jsonl([
        indicator(b, 'ok1', 'barn', 'school-absence', '2024-10-01'),
        indicator(b, 'odense', 'barn', 'school-absence', '2025-01-15', '461'),
      ]),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('INGEST_REJECTED');
    expect(result.errors?.[0]?.message).toMatch(/line 2.*municipalityCode/);
    expect(JSON.stringify(result.errors?.[0]?.extensions)).toMatch(/"line":2,"field":"municipalityCode"/);
    const police = await municipalAdmin.gql(INGEST, { j: jsonl(b.records.slice(0, 1)) });
    expect(police.errors?.[0]?.message).toMatch(/line 1.*type.*indicator records only/);
    // Nothing of the rejected batch was written: the one good line alone does not raise the flag.
    await municipalAdmin.ok(INGEST, { j: jsonl([indicator(b, 'ok1', 'barn', 'school-absence', '2024-10-01')]) });
    expect((await supportFlag(b)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('the rules from the sources', () => {
  it('psychiatric treatment never counts alone; with transfer income it does', async () => {
    const b = await family();
    await municipalAdmin.ok(INGEST, {
      j: jsonl([
        indicator(b, 'psy1', 'mor', 'psychiatric-treatment', '2024-05-01'),
        indicator(b, 'psy2', 'mor', 'psychiatric-treatment', '2024-09-01'),
        indicator(b, 'job1', 'mor', 'jobcenter-contact', '2024-06-01'),
      ]),
    });
    expect((await supportFlag(b)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await municipalAdmin.ok(INGEST, {
      j: jsonl([
        indicator(b, 'job2', 'mor', 'jobcenter-contact', '2024-11-01'),
        indicator(b, 'tr1', 'mor', 'transfer-income', '2024-08-01'),
      ]),
    });
    const flag = await supportFlag(b);
    expect(flag.data?.supportFlag.signals.map((s) => s.ruleId).sort()).toEqual([
      'municipal-benefits-psychiatric',
      'municipal-jobcenter-contact',
    ]);
  });

  it('extra health visits for the baby and job-centre contact together raise an offer; either alone does not', async () => {
    const b = await family();
    await municipalAdmin.ok(INGEST, {
      j: jsonl([
        indicator(b, 'hv1', 'baby', 'extra-health-visits', '2024-09-01'),
        indicator(b, 'hv2', 'baby', 'extra-health-visits', '2024-12-01'),
      ]),
    });
    expect((await supportFlag(b)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    await municipalAdmin.ok(INGEST, {
      j: jsonl([
        indicator(b, 'j1', 'mor', 'jobcenter-contact', '2024-09-01'),
        indicator(b, 'j2', 'mor', 'jobcenter-contact', '2025-01-01'),
      ]),
    });
    expect((await supportFlag(b)).data?.supportFlag.signals.map((s) => s.ruleId).sort()).toEqual([
      'municipal-extra-health-visits',
      'municipal-jobcenter-contact',
    ]);
  });
});

describe('the family’s answer', () => {
  const ANSWER = 'mutation($i: FamilyAnswerInput!) { recordFamilyAnswer(input: $i) }';
  const DECIDE = 'mutation($id: String!, $d: SupportDecisionKind!, $n: String!) { decideSupportFlag(id: $id, decision: $d, note: $n) }';

  it('a caseworker records "declined": the offer closes, with date and note, audited; answers race atomically', async () => {
    const b = await family();
    await municipalAdmin.ok(INGEST, {
      j: jsonl([indicator(b, 'a1', 'barn', 'school-absence', '2024-10-01'), indicator(b, 'a2', 'barn', 'school-absence', '2025-01-15')]),
    });
    const id = `support-851-${b.id('hjem')}`;
    const early = await caseworker.gql(ANSWER, { i: { id, answer: 'DECLINED', date: '2025-02-20', note: 'Mor takkede nej.' } });
    expect(early.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await caseworker.ok(DECIDE, { id, d: 'OFFER_SUPPORT', n: 'Tilbud om familiesamtaler sendt.' });
    const bad = await caseworker.gql(ANSWER, { i: { id, answer: 'MAYBE', date: '2025-02-20', note: 'Hm.' } });
    // the schema refuses an answer outside the enum, naming the field and the enum
    expect(bad.errors?.[0]?.message).toMatch(/"i\.answer".*"FamilyAnswer"/);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        caseworker.gql<{ recordFamilyAnswer: string }>(ANSWER, {
          i: { id, answer: i % 2 ? 'DECLINED' : 'ACCEPTED', date: '2025-02-20', note: `Svar nummer ${i}` },
        }),
      ),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(19);
    const winner = results.findIndex((r) => !r.errors);
    const flag = (await supportFlag(b)).data!.supportFlag;
    expect(flag).toMatchObject({ status: 'CLOSED', familyAnswer: winner % 2 ? 'DECLINED' : 'ACCEPTED', familyAnswerDate: '2025-02-20' });
    expect(flag.decisions.map((d) => d.decision)).toEqual(['OFFER_SUPPORT', `FAMILY_${flag.familyAnswer}`]);

    // The recorded "declined" of the done-when, on a fresh offer.
    const c = await family();
    await municipalAdmin.ok(INGEST, {
      j: jsonl([indicator(c, 'a1', 'barn', 'school-absence', '2024-10-01'), indicator(c, 'a2', 'barn', 'school-absence', '2025-01-15')]),
    });
    const cid = `support-851-${c.id('hjem')}`;
    await caseworker.ok(DECIDE, { id: cid, d: 'OFFER_SUPPORT', n: 'Tilbud sendt.' });
    const declined = await caseworker.ok<{ recordFamilyAnswer: string }>(ANSWER, {
      i: { id: cid, answer: 'DECLINED', date: '2025-02-21', note: 'Familien ønsker ikke tilbuddet.' },
    });
    expect(declined.recordFamilyAnswer).toBe('CLOSED');
    expect((await supportFlag(c)).data?.supportFlag).toMatchObject({ familyAnswer: 'DECLINED', familyAnswerDate: '2025-02-21' });
    const audited = (
      await t.app.get(AuditService).search({ actor: caseworker.username, operation: 'recordFamilyAnswer', limit: 50 })
    ).filter((e) => e.detail?.includes(cid));
    expect(audited.map((e) => e.outcome)).toEqual(['ok']);

    // Decisions racing with the family's answer: whichever comes first, the stored state is one of
    // the two — the answer recorded and the offer closed with no decision after it, or the answer
    // refused because a decision had withdrawn the offer. Never a closed offer overwritten.
    const d = await family();
    await municipalAdmin.ok(INGEST, {
      j: jsonl([indicator(d, 'a1', 'barn', 'school-absence', '2024-10-01'), indicator(d, 'a2', 'barn', 'school-absence', '2025-01-15')]),
    });
    const did = `support-851-${d.id('hjem')}`;
    await caseworker.ok(DECIDE, { id: did, d: 'OFFER_SUPPORT', n: 'Tilbud sendt.' });
    const [answer, ...decisions] = await Promise.all([
      caseworker.gql(ANSWER, { i: { id: did, answer: 'ACCEPTED', date: '2025-02-22', note: 'Familien siger ja.' } }),
      ...Array.from({ length: 20 }, (_, i) => caseworker.gql(DECIDE, { id: did, d: 'NO_ACTION', n: `Ingen handling ${i}` })),
    ]);
    const stored = (await supportFlag(d)).data?.supportFlag as { status: string; familyAnswer: string | null };
    if (!answer!.errors) {
      expect(stored).toMatchObject({ status: 'CLOSED', familyAnswer: 'ACCEPTED' });
      expect(decisions.some((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toBe(true);
    } else {
      expect(stored).toMatchObject({ status: 'NO_ACTION', familyAnswer: null });
    }
    expect(decisions.every((r) => !r.errors || r.errors[0]!.extensions?.code === 'CONFLICT')).toBe(true);
    // Once answered, an offer stays closed: every one of 20 concurrent decisions is refused.
    if (answer!.errors) {
      await caseworker.ok(DECIDE, { id: did, d: 'OFFER_SUPPORT', n: 'Nyt tilbud.' });
      await caseworker.ok(ANSWER, { i: { id: did, answer: 'ACCEPTED', date: '2025-02-23', note: 'Familien siger ja.' } });
    }
    const late = await Promise.all(Array.from({ length: 20 }, () => caseworker.gql(DECIDE, { id: did, d: 'NO_ACTION', n: 'For sent' })));
    expect(late.map((r) => r.errors?.[0]?.extensions?.code)).toEqual(Array(20).fill('CONFLICT'));
    expect((await supportFlag(d)).data?.supportFlag).toMatchObject({ status: 'CLOSED', familyAnswer: 'ACCEPTED' });
  });
});

describe('sharing bases', () => {
  it('an admin ends a basis early with a reason: concurrent ends, exactly one applies; from today it no longer applies', async () => {
    const created = await admin.ok<{ createSharingBasis: { id: string } }>(
      'mutation($i: SharingBasisInput!) { createSharingBasis(input: $i) { id } }',
      {
        i: {
          legalBasis: 'Barnets lov § 137 (test)',
          purpose: 'Tidlig indsats (test)',
          fromSource: 'police',
          toOrg: 'municipality:851',
          validFrom: '2025-01-01',
          validUntil: '2026-01-01',
        },
      },
    );
    const id = created.createSharingBasis.id;
    try {
      const END = 'mutation($id: String!, $r: String!) { endSharingBasis(id: $id, reason: $r) { id validUntil endReason endedBy } }';
      expect((await admin.gql(END, { id, r: 'nej' })).errors?.[0]?.message).toMatch(/^reason:/);
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => admin.gql(END, { id, r: `Aftalen er opsagt (${i})` })));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(9);
      const ended = results.find((r) => !r.errors)!.data as { endSharingBasis: { validUntil: string; endReason: string; endedBy: string } };
      expect(ended.endSharingBasis).toMatchObject({ validUntil: AS_OF, endedBy: admin.username });
      const inForce = await admin.ok<{ sharingBases: { id: string }[] }>('query($on: Date) { sharingBases(on: $on) { id } }', {
        on: AS_OF,
      });
      expect(inForce.sharingBases.map((b) => b.id)).not.toContain(id);
      // who registered and who ended it, by full name (the username beside it)
      const users = t.app.get(UsersRepository);
      await users.setNames(admin.username, 'Ada Administrator Lind', 'Specialkonsulent');
      try {
        const listed = await admin.ok<{ sharingBases: Record<string, string | null>[] }>(
          '{ sharingBases { id createdBy createdByName endedBy endedByName } }',
        );
        expect(listed.sharingBases.find((b) => b.id === id)).toEqual({
          id,
          createdBy: admin.username,
          createdByName: 'Ada Administrator Lind',
          endedBy: admin.username,
          endedByName: 'Ada Administrator Lind',
        });
      } finally {
        await users.setNames(admin.username, null, null);
      }
    } finally {
      await readTest(t.graph, 'remove-sharing-bases', { ids: [id] });
    }
  });
});

describe('the inbox and the schedule', () => {
  it('{ supportFlags { total } } answers a caseworker (no status needed)', async () => {
    const data = await caseworker.ok<{ supportFlags: { total: number } }>('{ supportFlags { total } }');
    expect(data.supportFlags.total).toBeGreaterThanOrEqual(0);
    const all = await caseworker.ok<{ supportFlags: { total: number; items: { status: string }[] } }>(
      '{ supportFlags(first: 100) { total items { status } } }',
    );
    expect(all.supportFlags.total).toBe(data.supportFlags.total);
  });

  it('the scheduled scan runs when due, once per interval, across many ticks of a controlled clock', async () => {
    const scheduler = t.app.get(MunicipalScanScheduler);
    const scans = vi.spyOn(t.app.get(MunicipalService), 'scanAll').mockResolvedValue([]);
    try {
      const start = Date.parse('2030-01-01T00:00:00Z');
      await readTest(t.graph, 'remove-municipal-scan-lock', {});
      const ran: number[] = [];
      // Two weeks of 15-minute ticks with a weekly interval: due at the start and after 168 hours.
      for (let i = 0; i <= 14 * 24 * 4; i += 1) if (await scheduler.tick(new Date(start + i * 15 * 60_000), 168)) ran.push(i);
      expect(ran).toEqual([0, 168 * 4, 2 * 168 * 4]);
      expect(scans).toHaveBeenCalledTimes(3);
      // Two instances ticking at the same moment: one scans.
      const other = Object.create(scheduler) as MunicipalScanScheduler;
      Object.defineProperty(other, 'owner', { value: 'another-instance' });
      const later = new Date(start + 3 * 168 * 3600_000);
      const both = await Promise.all([scheduler.tick(later, 168), other.tick(later, 168)]);
      expect(both.filter(Boolean)).toHaveLength(1);
    } finally {
      scans.mockRestore();
      await readTest(t.graph, 'remove-municipal-scan-lock', {});
    }
  });
});
