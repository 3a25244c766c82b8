import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { Clock } from '../../server/src/common/clock.js';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { removeWithPrefix } from '../support/data.js';

type User = Client & { username: string };
let t: TestApp;
let P: string;
let admin: User;
let analyst: User;
let municipalAdmin: User;
let b: RecordBuilder;
let name: string;

const SEARCH = 'query($q: String!) { subjectSearch(query: $q) { searchedBy matches { personId name birthDate } message } }';
const EXTRACT = `query($p: String!) { subjectExtract(personId: $p) { holder holderName personId name birthDate generatedAt
  lookups { at actor role operation what purpose outcome } purposes flags { flagId status rules versions } reports { reference }
  indicators { kind date } } }`;

interface Extract {
  holder: string;
  name: string;
  birthDate: string;
  lookups: { actor: string; operation: string; what: string; purpose: string | null }[];
  purposes: string[];
  indicators: { kind: string }[];
}

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-`;
  vi.spyOn(t.app.get(Clock), 'today').mockReturnValue('2025-03-01');
  [admin, analyst, municipalAdmin] = await Promise.all([
    signedIn(t, 'admin'),
    signedIn(t, 'analyst'),
    signedIn(t, 'municipal-admin', { municipalityCode: '851' }),
  ]);
  // Two namesakes, told apart by birth date.
  const local = `Yde${t.runId}`;
  b = new RecordBuilder(P);
  b.person(local, 'M', '1980-02-02').address('hjem', '851').lives(local, 'hjem', '2010-01-01');
  b.records.push({ type: 'person', id: b.id('namesake'), name: `Test ${local}`, sex: 'M', birthDate: '1991-09-19' });
  b.records.push({
    type: 'indicator',
    id: b.id('ind'),
    personId: b.id(local),
    kind: 'jobcenter-contact',
    date: '2024-05-05',
    municipalityCode: '851',
  });
  await t.app.get(IngestService).writer.writeTrusted(b.records);
  name = `Test ${local}`;
  // An analyst finds him with a saved query (the run is audited with the persons it returned).
  analyst.purpose = 'Kvalitetskontrol';
  await analyst.ok('query($p: JSON) { runSavedQuery(name: "persons-by-name", params: $p) { rows } }', { p: { text: local.toLowerCase() } });
});
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

describe('the data-subject extract', () => {
  it('starts from a person chosen by name: namesakes are told apart by birth date', async () => {
    const found = (
      await admin.ok<{ subjectSearch: { searchedBy: string; matches: { personId: string; birthDate: string }[] } }>(SEARCH, { q: name })
    ).subjectSearch;
    expect(found.searchedBy).toBe('name');
    expect(found.matches.map((m) => m.birthDate).sort()).toEqual(['1980-02-02', '1991-09-19']);
    const byDate = (await admin.ok<{ subjectSearch: { searchedBy: string; matches: { personId: string }[] } }>(SEARCH, { q: '02.02.1980' }))
      .subjectSearch;
    expect(byDate.searchedBy).toBe('birthDate');
    expect(byDate.matches.map((m) => m.personId)).toContain(b.id(name.slice(5)));
  });

  it('lists the look-ups of the person chosen by name, including the saved-query run, with purposes, by name and birth date', async () => {
    const found = (await admin.ok<{ subjectSearch: { matches: { personId: string; birthDate: string }[] } }>(SEARCH, { q: name }))
      .subjectSearch;
    const chosen = found.matches.find((m) => m.birthDate === '1980-02-02')!;
    const extract = (await admin.ok<{ subjectExtract: Extract }>(EXTRACT, { p: chosen.personId })).subjectExtract;
    expect(extract).toMatchObject({ holder: 'police', name, birthDate: '1980-02-02' });
    const run = extract.lookups.find((l) => l.operation === 'runSavedQuery');
    expect(run).toMatchObject({
      actor: analyst.username,
      purpose: 'Kvalitetskontrol',
      what: 'Kørsel af gemt forespørgsel “persons-by-name”',
    });
    expect(extract.lookups.some((l) => l.operation === 'subjectSearch' && l.actor === admin.username)).toBe(true);
    expect(extract.purposes).toEqual(expect.arrayContaining(['Kvalitetskontrol', 'Aktindsigt (registreret)']));
    // The police extract holds no municipal indicator.
    expect(extract.indicators).toEqual([]);
  });

  it('an unknown name yields "no person matches", never an extract', async () => {
    const none = (await admin.ok<{ subjectSearch: { matches: unknown[]; message: string } }>(SEARCH, { q: `Karl Yde ${t.runId}zz` }))
      .subjectSearch;
    expect(none.matches).toEqual([]);
    expect(none.message).toMatch(/^No person matches “Karl Yde/);
    expect(none.message).not.toMatch(/no records/i);
    const byName = await admin.gql(EXTRACT, { p: 'Karl Yde' });
    expect(byName.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(byName.errors?.[0]?.message).toMatch(/^No person matches “Karl Yde”/);
    expect(byName.data).toBeNull();
  });

  it('the municipal extract shows the municipality’s own indicators and its own users’ look-ups only', async () => {
    const extract = (await municipalAdmin.ok<{ subjectExtract: Extract }>(EXTRACT, { p: b.id(name.slice(5)) })).subjectExtract;
    expect(extract).toMatchObject({ holder: 'municipality:851', name, birthDate: '1980-02-02' });
    expect(extract.indicators.map((i) => i.kind)).toEqual(['JOBCENTER_CONTACT']);
    expect(extract.lookups.every((l) => l.actor === municipalAdmin.username)).toBe(true);
    expect(extract.lookups.some((l) => l.operation === 'runSavedQuery')).toBe(false);
    // Only administrators ask for extracts.
    const caseworker = await signedIn(t, 'caseworker', { municipalityCode: '851' });
    expect((await caseworker.gql(SEARCH, { q: name })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
