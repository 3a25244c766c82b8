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

// Co-residence as data (issue 17): everyone registered at the family's addresses on the date,
// kin or not, with their relation to the searched person; and the family's timeline.
let t: TestApp;
let analyst: Client & { username: string };
let P: string;

async function write(records: IngestRecord[]): Promise<void> {
  const config = t.app.get<AppConfig>(APP_CONFIG);
  await new IngestWriter(t.graph.driver, t.app.get(CypherRegistry), config.NEO4J_DATABASE).writeTrusted(records);
}

const FAMILY = `query($id: ID!, $depth: Int!, $asOf: Date) {
  family(personId: $id, depth: $depth, asOf: $asOf) {
    rootId
    persons { id kin relation age }
    partnerships { personA personB kind status }
    households { addressId memberIds residentCount parentElsewhere residents { personId since } }
  }
}`;

interface FamilyAnswer {
  family: {
    rootId: string;
    persons: { id: string; kin: boolean; relation: string; age: number | null }[];
    partnerships: { personA: string; personB: string; kind: string; status: string }[];
    households: {
      addressId: string;
      memberIds: string[];
      residentCount: number;
      parentElsewhere: boolean;
      residents: { personId: string; since: string }[];
    }[];
  };
}

const TIMELINE = `query($id: ID!, $depth: Int!, $from: Date, $to: Date) {
  familyTimeline(personId: $id, depth: $depth, from: $from, to: $to) {
    rootId truncated
    events { date kind personId otherPersonId caseId category categoryLabelDa fromAddress { id } toAddress { id } }
  }
}`;

interface TimelineEvent {
  date: string;
  kind: string;
  personId: string;
  otherPersonId: string | null;
  caseId: string | null;
  category: string | null;
  categoryLabelDa: string | null;
  fromAddress: { id: string } | null;
  toAddress: { id: string } | null;
}

beforeAll(async () => {
  t = await startApp();
  P = `${t.runId}-famco-`;
  analyst = await signedIn(t, 'analyst');
});
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

describe('family: everyone who lives with the child', () => {
  let b: RecordBuilder;
  beforeAll(async () => {
    // A mother, her 7-year-old and three lodgers at one address; the father lives elsewhere with
    // a new partner and her daughter; a half-brother (the father's son) lives with them.
    b = new RecordBuilder(P)
      .person('mor', 'F', '1990-01-10')
      .person('far', 'M', '1988-05-05')
      .person('barn', 'F', '2017-03-03')
      .person('logerende1', 'M', '1970-02-02')
      .person('logerende2', 'M', '1985-07-07')
      .person('logerende3', 'F', '2001-09-09')
      .person('logerendebarn', 'M', '2015-04-04')
      .person('farspartner', 'F', '1989-02-02')
      .person('partnersbarn', 'F', '2012-06-06')
      .person('halvbror', 'M', '2021-01-01')
      .address('hjem', '851')
      .address('farshjem', '851')
      .lives('mor', 'hjem', '2016-01-01')
      .lives('barn', 'hjem', '2017-03-03')
      .lives('logerende1', 'hjem', '2023-01-01')
      .lives('logerende2', 'hjem', '2023-06-01')
      .lives('logerende3', 'hjem', '2024-02-01', '2024-12-01')
      .lives('logerendebarn', 'hjem', '2023-06-01')
      .lives('far', 'farshjem', '2019-01-01')
      .lives('farspartner', 'farshjem', '2019-01-01')
      .lives('partnersbarn', 'farshjem', '2019-01-01')
      .lives('halvbror', 'farshjem', '2021-01-01')
      .parent('mor', 'barn')
      .parent('far', 'barn')
      .parent('far', 'halvbror')
      .parent('farspartner', 'halvbror')
      .parent('farspartner', 'partnersbarn')
      .partner('mor', 'far', 'cohabiting', '2015-01-01', '2018-06-01')
      .partner('far', 'farspartner', 'cohabiting', '2019-01-01', '2022-05-05')
      .partner('far', 'farspartner', 'married', '2022-05-05');
    b.case('vold', '2024-03-03', [['logerende1', 'charged']]);
    await write(b.records);
  });

  it('lists every resident of each address on the date, kin or not, with relations to the child', async () => {
    const f = (await analyst.ok<FamilyAnswer>(FAMILY, { id: b.id('barn'), depth: 1, asOf: '2024-06-01' })).family;
    const home = f.households.find((h) => h.addressId === b.id('hjem'))!;
    expect(home.memberIds.sort()).toEqual(
      ['mor', 'barn', 'logerende1', 'logerende2', 'logerende3', 'logerendebarn'].map(b.id.bind(b)).sort(),
    );
    expect(home.residentCount).toBe(6);
    expect(home.parentElsewhere).toBe(false);
    expect(home.residents.find((r) => r.personId === b.id('logerende2'))!.since).toBe('2023-06-01');
    // Depth 1 reaches the parents; the father's household comes whole: his partner, her daughter, the half-brother.
    const fathers = f.households.find((h) => h.addressId === b.id('farshjem'))!;
    expect(fathers.memberIds.sort()).toEqual(['far', 'farspartner', 'partnersbarn', 'halvbror'].map(b.id.bind(b)).sort());
    expect(fathers.parentElsewhere).toBe(true);

    const relation = Object.fromEntries(f.persons.map((p) => [p.id.slice(P.length), `${p.relation}${p.kin ? '' : ' (co-resident)'}`]));
    expect(relation).toEqual({
      barn: 'self',
      mor: 'parent',
      far: 'parent',
      logerende1: 'other-adult (co-resident)',
      logerende2: 'other-adult (co-resident)',
      logerende3: 'other-adult (co-resident)',
      logerendebarn: 'other-child (co-resident)',
      farspartner: 'step-parent (co-resident)',
      partnersbarn: 'step-sibling (co-resident)',
      halvbror: 'half-sibling (co-resident)',
    });
  });

  it('leaves out who had moved out and who was not yet there', async () => {
    const f = (await analyst.ok<FamilyAnswer>(FAMILY, { id: b.id('barn'), depth: 1, asOf: '2025-01-01' })).family;
    const home = f.households.find((h) => h.addressId === b.id('hjem'))!;
    expect(home.memberIds).not.toContain(b.id('logerende3'));
    expect(f.persons.map((p) => p.id)).not.toContain(b.id('logerende3'));
    const early = (await analyst.ok<FamilyAnswer>(FAMILY, { id: b.id('barn'), depth: 1, asOf: '2020-01-01' })).family;
    expect(early.households.find((h) => h.addressId === b.id('hjem'))!.memberIds.sort()).toEqual([b.id('barn'), b.id('mor')].sort());
    expect(early.households.find((h) => h.addressId === b.id('farshjem'))!.memberIds).not.toContain(b.id('halvbror'));
  });

  it('labels a cohabitation that became a marriage "married", not "separated"', async () => {
    const f = (await analyst.ok<FamilyAnswer>(FAMILY, { id: b.id('barn'), depth: 2, asOf: '2024-06-01' })).family;
    const pair = (x: string, y: string) =>
      f.partnerships
        .filter((p) => [p.personA, p.personB].sort().join() === [b.id(x), b.id(y)].sort().join())
        .map((p) => `${p.kind}:${p.status}`)
        .sort();
    expect(pair('far', 'farspartner')).toEqual(['cohabiting:married', 'married:current']);
    expect(pair('far', 'mor')).toEqual(['cohabiting:separated']);
  });

  it('audits the co-residents it returns', async () => {
    const f = (await analyst.ok<FamilyAnswer>(FAMILY, { id: b.id('barn'), depth: 1, asOf: '2024-06-01' })).family;
    const events = await t.app.get(AuditService).search({ actor: analyst.username, operation: 'family', limit: 10 });
    const entry = events.find((e) => e.personIds.includes(b.id('logerende1')));
    expect(entry).toBeDefined();
    expect([...entry!.personIds].sort()).toEqual(f.persons.map((p) => p.id).sort());
  });

  it('gives the timeline: births, partnership events, moves once each with from and to, and cases', async () => {
    const data = await analyst.ok<{ familyTimeline: { truncated: boolean; events: TimelineEvent[] } }>(TIMELINE, {
      id: b.id('barn'),
      depth: 2,
      from: '2010-01-01',
      to: '2025-01-01',
    });
    const events = data.familyTimeline.events;
    const local = (id: string | null) => (id ? id.slice(P.length) : '');
    const who = (e: TimelineEvent) => [local(e.personId), local(e.otherPersonId)].filter(Boolean).sort().join('+');
    const of = (kind: string) => events.filter((e) => e.kind === kind).map((e) => `${e.date} ${who(e)}`);
    // Depth 2: the child, the parents, the father's partner and their son (her daughter is a third step).
    expect(of('birth')).toEqual(['2017-03-03 barn', '2021-01-01 halvbror']);
    expect(of('partnership')).toEqual(['2015-01-01 far+mor', '2019-01-01 far+farspartner']);
    expect(of('marriage')).toEqual(['2022-05-05 far+farspartner']);
    expect(of('separation')).toEqual(['2018-06-01 far+mor']);
    // One move per residence period begun, never an "out" and an "in" for the same change.
    expect(of('move')).toEqual(['2016-01-01 mor', '2017-03-03 barn', '2019-01-01 far', '2019-01-01 farspartner', '2021-01-01 halvbror']);
    expect(events.filter((e) => e.kind === 'case')).toEqual([]);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(data.familyTimeline.truncated).toBe(false);
  });
});

describe('Familien X timeline', () => {
  beforeAll(async () => {
    // Fixed ids, upserted idempotently and shared with other tests: never removed here.
    await write(familienXRecords());
  });

  it("shows the deceased son's death with its cause, the father's marriage, and moves from → to", async () => {
    const X = FAMILIEN_X;
    const data = await analyst.ok<{ familyTimeline: { events: TimelineEvent[] } }>(TIMELINE, {
      id: X.father,
      depth: 2,
      from: '1950-01-01',
      to: FAMILIEN_X_AS_OF,
    });
    const events = data.familyTimeline.events;
    const death = events.find((e) => e.kind === 'death' && e.personId === X.deceasedSon)!;
    expect(death).toMatchObject({ date: FAMILIEN_X_DECEASED_SON_DEATH, category: 'ulykke' });
    const marriages = events.filter((e) => e.kind === 'marriage' && [e.personId, e.otherPersonId].includes(X.father));
    expect(marriages.map((e) => e.date)).toEqual(['2008-06-14', '2021-08-21']);
    // Cohabitation that became marriage: no separation on the wedding day.
    expect(events.filter((e) => e.kind === 'separation' && [e.personId, e.otherPersonId].includes(X.father))).toEqual([]);
    expect(events.filter((e) => e.kind === 'divorce').map((e) => e.date)).toEqual(['2016-09-01']);
    const fatherMoves = events.filter((e) => e.kind === 'move' && e.personId === X.father);
    expect(fatherMoves).toHaveLength(37);
    expect(fatherMoves.at(-1)).toMatchObject({ date: '2024-09-01', fromAddress: { id: 'fx-a-w09' }, toAddress: { id: X.fatherHome } });
    expect(fatherMoves[0]!.fromAddress).toBeNull();
  });

  it('refuses a range that ends before it begins, naming the field', async () => {
    const result = await analyst.gql(TIMELINE, { id: FAMILIEN_X.father, depth: 1, from: '2020-01-01', to: '2019-01-01' });
    expect(result.errors?.[0]?.message).toMatch(/from/);
    expect(result.data ?? null).toBeNull();
  });
});
