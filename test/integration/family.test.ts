import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CONFIG } from '../../server/src/config/config.token.js';
import type { AppConfig } from '../../server/src/config/config.schema.js';
import { CypherRegistry } from '../../server/src/graph/cypher-registry.js';
import { IngestWriter } from '../../server/src/ingest/ingest-writer.js';
import type { IngestRecord } from '../../server/src/ingest/records.js';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { removeWithPrefix } from '../support/data.js';
import { FAMILIEN_X, FAMILIEN_X_AS_OF, FAMILIEN_X_DECEASED_SON_DEATH, familienXRecords } from '../../seed/src/fixtures/familien-x.js';

let t: TestApp;
let analyst: Client & { username: string };
let P: string;

async function write(records: IngestRecord[]): Promise<void> {
  const config = t.app.get<AppConfig>(APP_CONFIG);
  await new IngestWriter(t.graph.driver, t.app.get(CypherRegistry), config.NEO4J_DATABASE).writeTrusted(records);
}

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

const FAMILY = `query($id: ID!, $depth: Int!, $asOf: Date) {
  family(personId: $id, depth: $depth, asOf: $asOf) {
    rootId asOf depth
    persons { id name sex age born deceased searched flags { id status } history { addressChanges caseCounts { category labelDa labelEn role count } } }
    parentLinks { parentId childId }
    partnerships { personA personB kind from to status }
    households { addressId street city municipalityCode municipalityName memberIds }
  }
}`;

interface FamilyAnswer {
  family: {
    rootId: string;
    persons: {
      id: string;
      age: number | null;
      born: boolean;
      deceased: boolean;
      searched: boolean;
      flags: { id: string }[];
      history: { addressChanges: number; caseCounts: { category: string; role: string; count: number }[] };
    }[];
    parentLinks: { parentId: string; childId: string }[];
    partnerships: { personA: string; personB: string; kind: string; status: string }[];
    households: { addressId: string; municipalityCode: string; memberIds: string[] }[];
  };
}

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-fam-`;
  analyst = await signedIn(t, 'analyst');
});
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

describe('people API on a small family of this test', () => {
  let b: RecordBuilder;
  beforeAll(async () => {
    b = new RecordBuilder(P)
      .person('mor', 'F', '1980-01-10')
      .person('far', 'M', '1979-05-05')
      .person('barn', 'M', '2010-03-03')
      .person('nypartner', 'M', '1982-02-02')
      .person('hjemme', 'F', '1981-07-07')
      .address('a1', '101')
      .address('a2', '101')
      .lives('mor', 'a1', '2005-01-01', '2012-01-01')
      .lives('mor', 'a2', '2012-01-01')
      .lives('barn', 'a1', '2010-03-03', '2012-01-01')
      .lives('barn', 'a2', '2012-01-01')
      .lives('nypartner', 'a2', '2015-01-01')
      .lives('far', 'a1', '2005-01-01')
      .parent('mor', 'barn')
      .parent('far', 'barn')
      .partner('mor', 'far', 'married', '2006-06-06', '2011-11-11')
      .partner('nypartner', 'mor', 'cohabiting', '2014-01-01');
    for (let i = 0; i < 3; i++) b.case('vold', `201${i}-05-01`, [['far', 'charged']], 'KBH');
    b.case('husspektakler', '2016-02-01', [['mor', 'victim']], 'KBH');
    b.case('euforiserende-stoffer', '2030-01-01', [['far', 'suspect']], 'KBH');
    await write(b.records);
  });

  it('reads a family on a date: ages, statuses, households, counts before the date and address changes', async () => {
    const data = await analyst.ok<FamilyAnswer>(FAMILY, { id: b.id('barn'), depth: 2, asOf: '2016-06-01' });
    const f = data.family;
    const person = (local: string) => f.persons.find((p) => p.id === b.id(local))!;
    expect(f.persons.map((p) => p.id).sort()).toEqual(['barn', 'far', 'mor', 'nypartner'].map((l) => b.id(l)).sort());
    expect(person('barn')).toMatchObject({ age: 6, searched: true, deceased: false });
    expect(person('far').history.caseCounts).toEqual([
      { category: 'vold', labelDa: 'Vold', labelEn: 'Violence', role: 'charged', count: 3 },
    ]);
    expect(person('mor').history).toEqual({
      addressChanges: 1,
      caseCounts: [{ category: 'husspektakler', labelDa: 'Husspektakler', labelEn: 'Domestic disturbance', role: 'victim', count: 1 }],
    });
    expect(f.partnerships.find((p) => p.kind === 'married')!.status).toBe('divorced');
    expect(f.partnerships.find((p) => p.kind === 'cohabiting')!.status).toBe('current');
    const home = f.households.find((h) => h.addressId === b.id('a2'))!;
    expect(home.memberIds).toEqual([b.id('barn'), b.id('mor'), b.id('nypartner')].sort());
    expect(home.municipalityCode).toBe('101');
    expect(f.households.find((h) => h.addressId === b.id('a1'))!.memberIds).toEqual([b.id('far')]);
  });

  it('finds persons by name, birth date and id, a page at a time', async () => {
    const byId = await analyst.ok<{ searchPersons: { mode: string; items: { id: string }[] } }>(
      'query($t: String!) { searchPersons(text: $t, first: 5) { mode items { id } } }',
      { t: b.id('mor') },
    );
    expect(byId.searchPersons).toEqual({ mode: 'id', items: [{ id: b.id('mor') }] });
    const byDate = await analyst.ok<{ searchPersons: { mode: string; items: { id: string }[] } }>(
      'query($t: String!) { searchPersons(text: $t, first: 50) { mode items { id } } }',
      { t: '1981-07-07' },
    );
    expect(byDate.searchPersons.mode).toBe('birthDate');
    expect(byDate.searchPersons.items.map((i) => i.id)).toContain(b.id('hjemme'));
    const tooMany = await analyst.gql('{ searchPersons(text: "Test", first: 51) { mode } }');
    expect(codeOf(tooMany)).toBe('LIMIT_EXCEEDED');
  });

  it('pages through cases and reads residences, kinship and a timeline', async () => {
    const page = await analyst.ok<{
      personCases: { totalCount: number; hasNextPage: boolean; endCursor: string; items: { category: string }[] };
    }>(
      'query($id: ID!) { personCases(personId: $id, first: 2) { totalCount hasNextPage endCursor items { category occurredAt role districtCode } } }',
      { id: b.id('far') },
    );
    expect(page.personCases).toMatchObject({ totalCount: 4, hasNextPage: true });
    const rest = await analyst.ok<{ personCases: { hasNextPage: boolean; items: unknown[] } }>(
      'query($id: ID!, $after: String) { personCases(personId: $id, first: 2, after: $after) { hasNextPage items { caseId } } }',
      { id: b.id('far'), after: page.personCases.endCursor },
    );
    expect(rest.personCases).toMatchObject({ hasNextPage: false });
    expect(rest.personCases.items).toHaveLength(2);
    const person = await analyst.ok<{
      person: { residences: { from: string }[]; kinship: { children: { id: string }[]; partners: { kind: string }[] } };
    }>(
      'query($id: ID!) { person(id: $id) { residences { addressId from to municipalityName } kinship { parents { id } children { id } partners { kind from to person { id } } } } }',
      { id: b.id('mor') },
    );
    expect(person.person.residences.map((r) => r.from)).toEqual(['2012-01-01', '2005-01-01']);
    expect(person.person.kinship.children).toEqual([{ id: b.id('barn') }]);
    expect(person.person.kinship.partners.map((p) => p.kind)).toEqual(['married', 'cohabiting']);
    const timeline = await analyst.ok<{ personTimeline: { events: { date: string; kind: string }[] } }>(
      'query($id: ID!) { personTimeline(personId: $id, from: "2000-01-01", to: "2020-01-01") { events { date kind category role } } }',
      { id: b.id('mor') },
    );
    expect(timeline.personTimeline.events).toEqual([
      { date: '2005-01-01', kind: 'MOVE_IN', category: null, role: null },
      { date: '2012-01-01', kind: 'MOVE_IN', category: null, role: null },
      { date: '2012-01-01', kind: 'MOVE_OUT', category: null, role: null },
      { date: '2016-02-01', kind: 'CASE', category: 'husspektakler', role: 'victim' },
    ]);
  });

  it('refuses too deep and too large families and bad dates with clear codes', async () => {
    expect(codeOf(await analyst.gql(FAMILY, { id: b.id('barn'), depth: 5 }))).toBe('LIMIT_EXCEEDED');
    expect(codeOf(await analyst.gql(FAMILY, { id: b.id('barn'), depth: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await analyst.gql(FAMILY, { id: b.id('barn'), depth: 2, asOf: '2016-02-30' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await analyst.gql(FAMILY, { id: `${P}nobody`, depth: 2 }))).toBe('NOT_FOUND');
    const big = new RecordBuilder(`${P}big-`).person('root', 'F', '1950-01-01');
    for (let i = 0; i < 500; i++) big.person(`c${i}`, 'M', '1980-01-01').parent('root', `c${i}`);
    await write(big.records);
    const tooBig = await analyst.gql(FAMILY, { id: big.id('root'), depth: 1 });
    expect(codeOf(tooBig)).toBe('LIMIT_EXCEEDED');
    expect(tooBig.errors?.[0]?.message).toMatch(/500/);
  });

  it('lets a coordinator read persons of the district only, and audits the refusal', async () => {
    const kbh = await signedIn(t, 'coordinator', { districtCode: 'KBH' });
    const ok = await kbh.ok<FamilyAnswer>(FAMILY, { id: b.id('mor'), depth: 1 });
    expect(ok.family.rootId).toBe(b.id('mor'));
    const njy = await signedIn(t, 'coordinator', { districtCode: 'NJY' });
    const denied = await njy.gql(FAMILY, { id: b.id('mor'), depth: 1 });
    const missing = await njy.gql(FAMILY, { id: `${P}nobody`, depth: 1 });
    expect(codeOf(denied)).toBe('NOT_FOUND');
    expect(denied.errors?.[0]?.message).toBe(missing.errors?.[0]?.message.replace(`${P}nobody`, b.id('mor')));
    const search = await njy.ok<{ searchPersons: { items: { id: string }[] } }>(
      'query($t: String!) { searchPersons(text: $t, first: 50) { items { id } } }',
      { t: b.id('mor') },
    );
    expect(search.searchPersons.items.map((i) => i.id)).not.toContain(b.id('mor'));
    const events = await t.app.get(AuditService).search({ actor: njy.username, limit: 10 });
    expect(events.find((e) => e.operation === 'family')).toMatchObject({ outcome: 'denied', personIds: [b.id('mor')] });
  });
});

describe('family: Familien X on the as-of date of the slides', () => {
  const X = FAMILIEN_X;
  let f: FamilyAnswer['family'];
  const person = (id: string) => f.persons.find((p) => p.id === id)!;
  const count = (id: string, category: string) =>
    person(id)
      .history.caseCounts.filter((c) => c.category === category)
      .reduce((sum, c) => sum + c.count, 0);

  beforeAll(async () => {
    // Fixed ids, upserted idempotently: shared with other tests, so never removed here.
    await write(familienXRecords());
    f = (await analyst.ok<FamilyAnswer>(FAMILY, { id: X.father, depth: 2, asOf: FAMILIEN_X_AS_OF })).family;
  });

  it('holds the family within two steps, the father marked as searched', () => {
    expect(f.persons.map((p) => p.id).sort()).toEqual(
      [X.father, X.mother, X.son, X.daughter, X.deceasedSon, X.newSpouse, X.stepChild, X.daughtersFather, X.stepChildsFather].sort(),
    );
    expect(f.persons.filter((p) => p.searched).map((p) => p.id)).toEqual([X.father]);
  });

  it('gives ages and death on the date: father and mother 47, son 16, daughter 18, the second son deceased', () => {
    expect(person(X.father)).toMatchObject({ age: 47, deceased: false });
    expect(person(X.mother)).toMatchObject({ age: 47, deceased: false });
    expect(person(X.son)).toMatchObject({ age: 16, deceased: false });
    expect(person(X.daughter)).toMatchObject({ age: 18, deceased: false });
    expect(person(X.deceasedSon)).toMatchObject({ deceased: true, born: true });
  });

  it('draws households: the father with the son, the new spouse and her child; the mother and the daughter alone', () => {
    const home = (addressId: string) => f.households.find((h) => h.addressId === addressId)?.memberIds;
    expect(home(X.fatherHome)).toEqual([X.father, X.newSpouse, X.son, X.stepChild].sort());
    expect(home(X.motherHome)).toEqual([X.mother]);
    expect(home(X.daughterHome)).toEqual([X.daughter]);
    expect(f.households.find((h) => h.addressId === X.fatherHome)).toMatchObject({ municipalityCode: '851', municipalityName: 'Aalborg' });
    expect(f.households.some((h) => h.memberIds.includes(X.deceasedSon))).toBe(false);
  });

  it('counts histories up to the date, and address changes 29/36/20/16', () => {
    expect(count(X.father, 'euforiserende-stoffer')).toBe(20);
    expect(count(X.father, 'fogedret')).toBe(11);
    expect(count(X.father, 'ransagning')).toBe(4);
    expect(count(X.mother, 'bedrageri')).toBe(3);
    expect(count(X.mother, 'vanvidskoersel')).toBe(3);
    expect(count(X.mother, 'vold')).toBe(2);
    expect(count(X.mother, 'fogedret')).toBe(3);
    expect(count(X.son, 'vold')).toBe(2);
    expect(count(X.son, 'haervaerk')).toBe(3);
    expect(count(X.daughter, 'tyveri')).toBe(4);
    expect(count(X.deceasedSon, 'vanvidskoersel')).toBe(3);
    expect(person(X.father).history.caseCounts).toContainEqual({
      category: 'euforiserende-stoffer',
      labelDa: 'Lov om euforiserende stoffer',
      labelEn: 'Drugs Act',
      role: 'charged',
      count: 20,
    });
    const moves = [X.mother, X.father, X.son, X.daughter].map((id) => person(id).history.addressChanges);
    expect(moves).toEqual([29, 36, 20, 16]);
  });

  it('gives partnerships with their status on the date', () => {
    const pair = (a: string, b: string) =>
      f.partnerships.filter((p) => [p.personA, p.personB].sort().join() === [a, b].sort().join()).map((p) => `${p.kind}:${p.status}`);
    expect(pair(X.father, X.mother).sort()).toEqual(['cohabiting:married', 'married:divorced']);
    expect(pair(X.father, X.newSpouse).sort()).toEqual(['cohabiting:married', 'married:current']);
    expect(pair(X.mother, X.daughtersFather)).toEqual(['cohabiting:separated']);
  });

  it('shows the second son alive before his death, with the history he had then', async () => {
    const before = (await analyst.ok<FamilyAnswer>(FAMILY, { id: X.father, depth: 2, asOf: '2024-06-01' })).family;
    const son = before.persons.find((p) => p.id === X.deceasedSon)!;
    expect('2024-06-01' < FAMILIEN_X_DECEASED_SON_DEATH).toBe(true);
    expect(son).toMatchObject({ deceased: false, age: 16 });
    expect(son.history.caseCounts.filter((c) => c.category === 'vanvidskoersel').reduce((s, c) => s + c.count, 0)).toBe(2);
    expect(before.households.some((h) => h.memberIds.includes(X.deceasedSon))).toBe(true);
  });

  it('caps depth and refuses reads without a purpose', async () => {
    expect(codeOf(await analyst.gql(FAMILY, { id: X.father, depth: 5, asOf: FAMILIEN_X_AS_OF }))).toBe('LIMIT_EXCEEDED');
    const before = analyst.purpose;
    analyst.purpose = undefined;
    try {
      const result = await analyst.gql(FAMILY, { id: X.father, depth: 2, asOf: FAMILIEN_X_AS_OF });
      expect(codeOf(result)).toBe('PURPOSE_REQUIRED');
      expect(result.data ?? null).toBeNull();
    } finally {
      analyst.purpose = before;
    }
  });

  it('answers a coordinator of another district as if the person did not exist, and one of the district fully', async () => {
    const other = await signedIn(t, 'coordinator', { districtCode: 'KBH' });
    const denied = await other.gql(FAMILY, { id: X.son, depth: 2, asOf: FAMILIEN_X_AS_OF });
    expect(codeOf(denied)).toBe('NOT_FOUND');
    expect(denied.data ?? null).toBeNull();
    const own = await signedIn(t, 'coordinator', { districtCode: 'NJY' });
    const ok = await own.ok<FamilyAnswer>(FAMILY, { id: X.son, depth: 1, asOf: FAMILIEN_X_AS_OF });
    expect(ok.family.rootId).toBe(X.son);
    const audit = t.app.get(AuditService);
    expect((await audit.search({ actor: other.username, limit: 5 }))[0]).toMatchObject({
      operation: 'family',
      outcome: 'denied',
      personIds: [X.son],
    });
  });

  it('writes an audit entry with every returned person and the purpose', async () => {
    const events = await t.app.get(AuditService).search({ actor: analyst.username, operation: 'family', limit: 50 });
    const entry = events.find((e) => e.personIds.includes(X.father) && e.personIds.length === 9);
    expect(entry).toMatchObject({ outcome: 'ok', purpose: 'Socialsøg-screening', role: 'analyst' });
    expect(entry!.personIds).toEqual(f.persons.map((p) => p.id).sort());
  });
});
