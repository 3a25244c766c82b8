import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IngestRecord } from '../../server/src/ingest/records.js';
import { flagIdFor, recheckAt } from '../support/flags.js';
import { Clock } from '../../server/src/common/clock.js';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { readTest, removeWithPrefix } from '../support/data.js';

const AS_OF = '2025-03-01';
let t: TestApp;
let P: string;
let n = 0;
let caseworker: Client & { username: string };
let municipalAdmin: Client & { username: string };
let admin: Client & { username: string };

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-`;
  vi.spyOn(t.app.get(Clock), 'today').mockReturnValue(AS_OF);
  caseworker = await signedIn(t, 'caseworker', { municipalityCode: '851' });
  municipalAdmin = await signedIn(t, 'municipal-admin', { municipalityCode: '851' });
  admin = await signedIn(t, 'admin');
});
const bases: string[] = [];
afterEach(async () => {
  // sharing bases are global: a test removes its own before the next one runs
  await readTest(t.graph, 'remove-sharing-bases', { ids: bases.splice(0) });
});
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

/** A young family in Aalborg (851) with police cases and municipal indicators. */
function family(noShows: number): { b: RecordBuilder; indicators: IngestRecord[] } {
  n += 1;
  const b = new RecordBuilder(`${P}m${n}-`);
  b.person('mor', 'F', '1990-05-05').person('barn', 'M', '2021-04-04').address('hjem', '851');
  b.lives('mor', 'hjem', '2019-01-01').lives('barn', 'hjem', '2021-04-04').parent('mor', 'barn');
  for (let i = 0; i < 3; i += 1) b.case('vold', `2024-0${i + 1}-10`, [['mor', 'charged']]);
  const indicators: IngestRecord[] = Array.from({ length: noShows }, (_, i) => ({
    type: 'indicator',
    id: b.id(`ind${i}`),
    personId: b.id('barn'),
    kind: 'dental-no-show',
    date: `2024-0${i + 1}-20`,
    municipalityCode: '851',
  }));
  indicators.push({
    type: 'indicator',
    id: b.id('other'),
    personId: b.id('mor'),
    kind: 'addiction-treatment',
    date: '2024-06-01',
    municipalityCode: '461',
    detail: 'Odense',
  });
  return { b, indicators };
}

async function load(b: RecordBuilder, indicators: IngestRecord[]): Promise<void> {
  const jsonl = [...b.records, ...indicators].map((r) => JSON.stringify(r)).join('\n');
  await admin.ok('mutation($j: String!) { ingest(jsonl: $j) { records } }', { j: jsonl });
}

async function scan(): Promise<void> {
  await municipalAdmin.ok('mutation($d: Date!) { runMunicipalScan(asOf: $d) { flagged } }', { d: AS_OF });
}

const SUPPORT_FLAG = `query($id: String!) { supportFlag(id: $id) { id status wording signals { ruleId value threshold margin explanation evidence { id category } }
  members { personId relation } sharedPoliceHistory { personId category cases } sharingBases { id legalBasis } } }`;

describe('municipal rules at their thresholds', () => {
  it.each([
    [1, false],
    [2, true],
    [3, true],
  ])('dental no-shows: %i (minNoShows 2)', async (noShows, fires) => {
    const { b, indicators } = family(noShows);
    await load(b, indicators);
    await scan();
    const result = await caseworker.gql<{ supportFlag: { signals: { ruleId: string; margin: number; evidence: { id: string }[] }[] } }>(
      SUPPORT_FLAG,
      {
        id: `support-851-${b.id('hjem')}`,
      },
    );
    if (!fires) {
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      return;
    }
    const signal = result.data!.supportFlag.signals.find((s) => s.ruleId === 'municipal-dental-no-shows');
    expect(signal?.margin).toBe(noShows - 2);
    expect(signal?.evidence.map((e) => e.id).sort()).toEqual(
      indicators
        .filter((i) => i.type === 'indicator' && i.municipalityCode === '851')
        .map((i) => (i as { id: string }).id)
        .sort(),
    );
  });

  it('uses only the municipality’s own indicators, and words the flag as an offer of support', async () => {
    const { b, indicators } = family(2);
    await load(b, indicators);
    await scan();
    const data = await caseworker.ok<{ supportFlag: { wording: string; signals: { ruleId: string }[] } }>(SUPPORT_FLAG, {
      id: `support-851-${b.id('hjem')}`,
    });
    expect(data.supportFlag.signals.map((s) => s.ruleId)).toEqual(['municipal-dental-no-shows']); // not Odense's addiction record
    expect(data.supportFlag.wording).toMatch(/Tilbud om støtte/);
    expect(data.supportFlag.wording).not.toMatch(/bekymring/i);
    // in English when the caseworker reads in English: the wording and the rule's explanation
    const english = await caseworker.gql<{ supportFlag: { wording: string; signals: { explanation: string }[] } }>(
      SUPPORT_FLAG,
      { id: `support-851-${b.id('hjem')}` },
      { 'accept-language': 'en' },
    );
    expect(english.data!.supportFlag.wording).toMatch(/^Offer of support: .*nothing is sent automatically\.$/);
    expect(english.data!.supportFlag.signals[0]!.explanation).toMatch(/missed municipal dental care 2 times within 2 years/);
    expect(english.data!.supportFlag.signals[0]!.explanation).not.toMatch(/udeblevet|tandpleje/);
  });
});

describe('two sources kept apart', () => {
  it('police users cannot reach municipal indicators or support flags by any operation', async () => {
    const { b, indicators } = family(2);
    await load(b, indicators);
    await scan();
    await recheckAt(t, [b.id('mor')], AS_OF); // the police flag of the same family
    for (const role of ['analyst', 'coordinator', 'admin'] as const) {
      const police = await signedIn(t, role, { districtCode: 'NJY' });
      for (const [doc, vars] of [
        ['{ supportFlags { total } }', {}],
        [SUPPORT_FLAG, { id: `support-851-${b.id('hjem')}` }],
        ['query($p: String!) { personIndicators(personId: $p) { id } }', { p: b.id('barn') }],
        ['query($p: String!) { municipalSubjectReport(personId: $p) { personId } }', { p: b.id('barn') }],
      ] as const) {
        const result = await police.gql(doc, vars);
        expect(result.errors?.[0]?.extensions?.code, `${role}: ${doc}`).toBe('FORBIDDEN');
      }
      const flag = await police.ok<{ flag: unknown }>('query($id: String!) { flag(id: $id) { id signals { evidence { id kind } } } }', {
        id: flagIdFor(b.id('barn')),
      });
      expect(JSON.stringify(flag)).not.toMatch(/ind\d|indicator/);
      const shared = await police.ok<{ sharedIndicators: { indicators: unknown[]; sharingBases: unknown[] } }>(
        'query($f: String!) { sharedIndicators(flagId: $f) { indicators { kind } sharingBases { id } } }',
        { f: flagIdFor(b.id('barn')) },
      );
      expect(shared.sharedIndicators).toEqual({ indicators: [], sharingBases: [] });
    }
  });

  it('municipal users cannot reach police cases or flags by any operation', async () => {
    const { b, indicators } = family(2);
    await load(b, indicators);
    await scan();
    await recheckAt(t, [b.id('mor')], AS_OF);
    for (const [doc, vars] of [
      ['{ flags { total } }', {}],
      ['query($id: String!) { flag(id: $id) { id } }', { id: flagIdFor(b.id('barn')) }],
      ['query($f: String!) { sharedIndicators(flagId: $f) { indicators { kind } } }', { f: flagIdFor(b.id('barn')) }],
      ['{ riskRules { id } }', {}],
    ] as const) {
      expect((await caseworker.gql(doc, vars)).errors?.[0]?.extensions?.code, doc).toBe('FORBIDDEN');
    }
    const data = await caseworker.ok<{ supportFlag: { sharedPoliceHistory: unknown[]; sharingBases: unknown[] } }>(SUPPORT_FLAG, {
      id: `support-851-${b.id('hjem')}`,
    });
    expect(data.supportFlag.sharedPoliceHistory).toEqual([]);
    expect(data.supportFlag.sharingBases).toEqual([]);
  });

  it('a sharing basis shares police history with the municipality, names itself on the view, and stops on the day it ends', async () => {
    const { b, indicators } = family(2);
    await load(b, indicators);
    await scan();
    const basis = await admin.ok<{ createSharingBasis: { id: string } }>(
      'mutation($i: SharingBasisInput!) { createSharingBasis(input: $i) { id } }',
      {
        i: {
          legalBasis: 'Serviceloven § 49 b (test)',
          purpose: 'Tidlig indsats for småbørnsfamilier (test)',
          fromSource: 'police',
          toOrg: 'municipality:851',
          validFrom: '2025-01-01',
          validUntil: '2025-03-02',
        },
      },
    );
    bases.push(basis.createSharingBasis.id);
    const clock = t.app.get(Clock);
    const id = `support-851-${b.id('hjem')}`;
    const during = await caseworker.ok<{
      supportFlag: { sharedPoliceHistory: { personId: string; category: string; cases: number }[]; sharingBases: { id: string }[] };
    }>(SUPPORT_FLAG, { id });
    expect(during.supportFlag.sharingBases.map((s) => s.id)).toContain(basis.createSharingBasis.id);
    expect(during.supportFlag.sharedPoliceHistory).toContainEqual({ personId: b.id('mor'), category: 'vold', cases: 3 });

    vi.spyOn(clock, 'today').mockReturnValue('2025-03-02');
    try {
      const after = await caseworker.ok<{ supportFlag: { sharedPoliceHistory: unknown[]; sharingBases: { id: string }[] } }>(SUPPORT_FLAG, {
        id,
      });
      expect(after.supportFlag.sharingBases.map((s) => s.id)).not.toContain(basis.createSharingBasis.id);
      expect(after.supportFlag.sharedPoliceHistory.filter((h) => (h as { personId: string }).personId === b.id('mor'))).toEqual([]);
    } finally {
      vi.spyOn(clock, 'today').mockReturnValue(AS_OF);
    }
  });

  it('a sharing basis from a municipality to a police district shows its indicators in that district’s flag', async () => {
    const { b, indicators } = family(2);
    await load(b, indicators);
    await recheckAt(t, [b.id('mor')], AS_OF);
    const created = await admin.ok<{ createSharingBasis: { id: string } }>(
      'mutation($i: SharingBasisInput!) { createSharingBasis(input: $i) { id } }',
      {
        i: {
          legalBasis: 'Retsplejeloven § 115 (test)',
          purpose: 'SSP-samarbejde (test)',
          fromSource: 'municipality:851',
          toOrg: 'district:NJY',
          validFrom: '2025-02-01',
          validUntil: '2025-04-01',
        },
      },
    );
    bases.push(created.createSharingBasis.id);
    const coordinator = await signedIn(t, 'coordinator', { districtCode: 'NJY' });
    const shared = await coordinator.ok<{
      sharedIndicators: { indicators: { personId: string; kind: string }[]; sharingBases: { legalBasis: string }[] };
    }>('query($f: String!) { sharedIndicators(flagId: $f) { indicators { personId kind } sharingBases { legalBasis } } }', {
      f: flagIdFor(b.id('barn')),
    });
    expect(shared.sharedIndicators.indicators).toEqual([
      { personId: b.id('barn'), kind: 'DENTAL_NO_SHOW' },
      { personId: b.id('barn'), kind: 'DENTAL_NO_SHOW' },
    ]);
    expect(shared.sharedIndicators.sharingBases.map((s) => s.legalBasis)).toContain('Retsplejeloven § 115 (test)');
  });

  it('refuses a sharing basis that goes nowhere sensible, and one from a non-admin', async () => {
    const bad = await admin.gql('mutation($i: SharingBasisInput!) { createSharingBasis(input: $i) { id } }', {
      i: {
        legalBasis: 'Ingen hjemmel',
        purpose: 'Nysgerrighed',
        fromSource: 'police',
        toOrg: 'district:NJY',
        validFrom: '2025-01-01',
        validUntil: '2025-02-01',
      },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notAdmin = await municipalAdmin.gql('mutation($i: SharingBasisInput!) { createSharingBasis(input: $i) { id } }', {
      i: {
        legalBasis: 'x',
        purpose: 'y',
        fromSource: 'police',
        toOrg: 'municipality:851',
        validFrom: '2025-01-01',
        validUntil: '2025-02-01',
      },
    });
    expect(notAdmin.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('decisions and transparency', () => {
  it('records a caseworker’s decision with a note, and exports what concerned a person', async () => {
    const { b, indicators } = family(3);
    await load(b, indicators);
    await scan();
    const id = `support-851-${b.id('hjem')}`;
    const noNote = await caseworker.gql('mutation($id: String!) { decideSupportFlag(id: $id, decision: OFFER_SUPPORT, note: "") }', {
      id,
    });
    expect(noNote.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrong = await caseworker.gql('mutation($id: String!) { decideSupportFlag(id: $id, decision: REPORTED, note: "nej") }', { id });
    // the schema itself refuses a value outside the enum, naming it
    expect(wrong.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(wrong.errors?.[0]?.message).toContain('SupportDecisionKind');
    await caseworker.ok(
      'mutation($id: String!) { decideSupportFlag(id: $id, decision: OFFER_SUPPORT, note: "Sundhedsplejerske tilbyder besøg") }',
      { id },
    );
    const report = await municipalAdmin.ok<{
      municipalSubjectReport: {
        indicators: { kind: string; municipalityCode: string }[];
        flags: { status: string; rules: string[]; decisions: { decision: string; note: string }[] }[];
      };
    }>(
      'query($p: String!) { municipalSubjectReport(personId: $p) { indicators { kind municipalityCode } flags { status rules decisions { decision note } } } }',
      { p: b.id('barn') },
    );
    expect(report.municipalSubjectReport.indicators).toHaveLength(3);
    expect(report.municipalSubjectReport.indicators.every((i) => i.municipalityCode === '851')).toBe(true);
    expect(report.municipalSubjectReport.flags[0]).toMatchObject({
      status: 'OFFER_SUPPORT',
      rules: ['Gentagne udeblivelser fra tandplejen'],
      decisions: [{ decision: 'OFFER_SUPPORT', note: 'Sundhedsplejerske tilbyder besøg' }],
    });
    const otherMunicipality = await signedIn(t, 'caseworker', { municipalityCode: '461' });
    expect((await otherMunicipality.gql(SUPPORT_FLAG, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
