// Corrections per the contract (shared/contract/ingest-format.md, "Keys and corrections"), their
// provenance and audit, and strict text decoding on the GraphQL path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { countWithPrefix, readTest, removeWithPrefix } from '../support/data.js';

let t: TestApp;
let admin: Client;
let analyst: Client;
let P: string;

const INGEST = `mutation($jsonl: String!) { ingest(jsonl: $jsonl) {
  batchId records applied unchanged stale retracted staleRecords { line type key sourceUpdatedAt storedSourceUpdatedAt } } }`;

interface Result {
  batchId: string;
  records: number;
  applied: number;
  unchanged: number;
  stale: number;
  retracted: number;
  staleRecords: { line: number; type: string; key: string; sourceUpdatedAt: string | null; storedSourceUpdatedAt: string | null }[];
}
interface Links {
  involvements: { caseId: string; role: string }[];
  residences: { addressId: string; from: string; to: string | null; id: string | null }[];
  birthDate: string;
  sourceUpdatedAt: string | null;
}
type Problem = { line: number; field: string; reason: string };

beforeAll(async () => {
  t = await startApp();
  admin = await signedIn(t, 'admin');
  analyst = await signedIn(t, 'analyst');
  P = `${t.runId}-`;
});
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

const jsonl = (...records: object[]) => records.map((r) => JSON.stringify(r)).join('\n');
const ingest = async (...records: object[]) => (await admin.ok<{ ingest: Result }>(INGEST, { jsonl: jsonl(...records) })).ingest;
async function rejected(text: string): Promise<Problem[]> {
  const result = await admin.gql(INGEST, { jsonl: text });
  expect(result.errors?.[0]?.extensions?.code).toBe('INGEST_REJECTED');
  return result.errors![0]!.extensions!.problems as Problem[];
}
const links = async (id: string) => (await readTest<Links>(t.graph, 'ingest-links', { id }))[0]!;

/** A mother, a father, a child, a home and a case in which the father is involved. */
function family(p: string) {
  return {
    mor: { type: 'person', id: `${p}mor`, name: 'Anne Testsen', sex: 'F', birthDate: '1980-04-02' },
    far: { type: 'person', id: `${p}far`, name: 'Bo Testsen', sex: 'M', birthDate: '1978-11-30' },
    barn: { type: 'person', id: `${p}barn`, name: 'Carl Testsen', sex: 'M', birthDate: '2012-06-15' },
    adr: { type: 'address', id: `${p}adr`, street: 'Testvej 1', postalCode: '9000', city: 'Aalborg', municipalityCode: '851' },
    adr2: { type: 'address', id: `${p}adr2`, street: 'Testvej 2', postalCode: '9000', city: 'Aalborg', municipalityCode: '851' },
    morParent: { type: 'parent', parentId: `${p}mor`, childId: `${p}barn` },
    sag: {
      type: 'case',
      id: `${p}sag`,
      journalNo: '5100-80120-00042-24',
      category: 'bedrageri',
      subcategory: 'online',
      occurredAt: '2024-03-05T22:15:00+01:00',
      policeDistrictCode: 'NJY',
    },
    inv: { type: 'involvement', caseId: `${p}sag`, personId: `${p}far`, role: 'suspect' },
  };
}
const all = (f: ReturnType<typeof family>) => Object.values(f);

describe('corrections by key', () => {
  it('a corrected involvement role leaves one involvement; counts say applied and unchanged', async () => {
    const f = family(`${P}role-`);
    const first = await ingest(...all(f));
    expect(first).toMatchObject({ records: 8, applied: 8, unchanged: 0, stale: 0, retracted: 0 });
    const second = await ingest(...all(f).filter((r) => r !== f.inv), { ...f.inv, role: 'witness' });
    expect(second).toMatchObject({ applied: 1, unchanged: 7, stale: 0, retracted: 0 });
    expect((await links(f.far.id)).involvements).toEqual([{ caseId: f.sag.id, role: 'witness' }]);
  });

  it('two lines with the same key and other values are refused, naming both lines', async () => {
    const f = family(`${P}dup-`);
    const problems = await rejected(jsonl(...all(f), { ...f.inv, role: 'witness' }));
    expect(problems).toEqual([
      { line: 9, field: 'caseId', reason: expect.stringMatching(/involvement caseId=.* personId=.* appears again .*line 8/) },
    ]);
    expect(await countWithPrefix(t.graph, `${P}dup-`)).toEqual({ nodes: 0, relationships: 0 });
  });

  it("a residence's from is corrected by a retract and the new residence in one batch: one open residence", async () => {
    const f = family(`${P}res-`);
    const old = { type: 'residence', personId: f.mor.id, addressId: f.adr.id, from: '2010-01-01' };
    await ingest(...all(f), old);
    const result = await ingest(
      { type: 'retract', target: 'residence', personId: f.mor.id, addressId: f.adr.id, from: '2010-01-01', reason: 'wrong move-in date' },
      { ...old, from: '2011-03-01' },
    );
    expect(result).toMatchObject({ applied: 1, retracted: 1 });
    expect((await links(f.mor.id)).residences).toEqual([{ addressId: f.adr.id, from: '2011-03-01', to: null, id: null }]);
  });

  it('a residence with the source id is corrected in place (from and address), still one period', async () => {
    const f = family(`${P}rid-`);
    const period = { type: 'residence', id: `${P}rid-period1`, personId: f.mor.id, addressId: f.adr.id, from: '2010-01-01' };
    await ingest(...all(f), period);
    const result = await ingest({ ...period, addressId: f.adr2.id, from: '2010-02-01' });
    expect(result).toMatchObject({ applied: 1, unchanged: 0 });
    expect((await links(f.mor.id)).residences).toEqual([{ addressId: f.adr2.id, from: '2010-02-01', to: null, id: period.id }]);
  });

  it('a record with an older sourceUpdatedAt is skipped and reported by line; a newer one applies', async () => {
    const f = family(`${P}stale-`);
    const corrected = { ...f.barn, birthDate: '2012-06-16', sourceUpdatedAt: '2026-11-20T10:00:00+01:00' };
    await ingest(...all(f));
    expect(await ingest(corrected)).toMatchObject({ applied: 1, stale: 0 });
    // Re-sending the old export (older stamp) cannot undo the correction.
    const old = await ingest(f.mor, { ...f.barn, sourceUpdatedAt: '2026-10-01T08:00:00+02:00' });
    expect(old).toMatchObject({ applied: 0, unchanged: 1, stale: 1 });
    expect(old.staleRecords).toEqual([
      {
        line: 2,
        type: 'person',
        key: `person "${f.barn.id}"`,
        sourceUpdatedAt: '2026-10-01T08:00:00+02:00',
        storedSourceUpdatedAt: '2026-11-20T10:00:00+01:00',
      },
    ]);
    expect(await links(f.barn.id)).toMatchObject({ birthDate: '2012-06-16', sourceUpdatedAt: '2026-11-20T10:00:00+01:00' });
    // Without a stamp, the last ingested record wins (and the stored stamp stays).
    expect(await ingest({ ...f.barn, birthDate: '2012-06-17' })).toMatchObject({ applied: 1 });
    expect(await links(f.barn.id)).toMatchObject({ birthDate: '2012-06-17', sourceUpdatedAt: '2026-11-20T10:00:00+01:00' });
  });

  it('a parent younger than the child is refused on update as on insert, and nothing is written', async () => {
    const f = family(`${P}age-`);
    await ingest(...all(f));
    const mother = await rejected(jsonl({ ...f.mor, birthDate: '2015-01-01' }));
    expect(mother).toEqual([
      { line: 1, field: 'birthDate', reason: expect.stringMatching(/child ".*barn" .* not born after parent ".*mor"/) },
    ]);
    const child = await rejected(jsonl(f.far, { ...f.barn, birthDate: '1975-01-01' }));
    expect(child).toEqual([{ line: 2, field: 'birthDate', reason: expect.stringMatching(/not born after parent ".*mor"/) }]);
    expect((await links(f.mor.id)).birthDate).toBe('1980-04-02');
    // Both corrected together, consistently, is fine.
    expect(await ingest({ ...f.mor, birthDate: '1981-04-02' }, { ...f.barn, birthDate: '2013-06-15' })).toMatchObject({ applied: 2 });
  });

  it('concurrent role corrections of one involvement leave exactly one involvement', async () => {
    const f = family(`${P}conc-`);
    await ingest(...all(f));
    const roles = ['witness', 'victim', 'reporter', 'other', 'charged', 'suspect'] as const;
    const results = await Promise.all(roles.flatMap((role) => [1, 2].map(() => admin.gql(INGEST, { jsonl: jsonl({ ...f.inv, role }) }))));
    expect(results.filter((r) => r.errors)).toEqual([]);
    const { involvements } = await links(f.far.id);
    expect(involvements).toHaveLength(1);
    expect(roles).toContain(involvements[0]!.role);
  });
});

describe('retract', () => {
  it('retracting a case removes it and its involvements and is audited with the reason', async () => {
    const f = family(`${P}rc-`);
    await ingest(...all(f));
    const reason = 'registreret på forkert person';
    const result = await ingest({ type: 'retract', target: 'case', id: f.sag.id, reason });
    expect(result).toMatchObject({ records: 1, retracted: 1, applied: 0 });
    expect((await readTest<{ cases: number; involvements: number }>(t.graph, 'case-exists', { id: f.sag.id }))[0]).toEqual({
      cases: 0,
      involvements: 0,
    });
    const log = await admin.ok<{ auditLog: { actor: string; operation: string; outcome: string; personIds: string[]; detail: string }[] }>(
      `query($p: String) { auditLog(operation: "ingest", personId: $p, first: 5) { actor operation outcome personIds detail } }`,
      { p: f.far.id },
    );
    const entry = log.auditLog.find((e) => e.detail.includes(result.batchId))!;
    expect(entry).toMatchObject({ operation: 'ingest', outcome: 'ok', personIds: [f.far.id] });
    const detail = JSON.parse(entry.detail) as { batch: { id: string; source: string }; changes: Record<string, unknown>[] };
    expect(detail.batch).toMatchObject({ id: result.batchId, source: 'graphql' });
    expect(detail.changes).toEqual([
      expect.objectContaining({
        line: 1,
        type: 'case',
        key: `case "${f.sag.id}"`,
        action: 'retracted',
        reason,
        old: expect.objectContaining({ category: 'bedrageri' }),
      }),
    ]);
  });

  it('a retract needs a reason, names a stored key, and may not meet the same key in its batch', async () => {
    const f = family(`${P}rbad-`);
    await ingest(...all(f));
    expect(await rejected(jsonl({ type: 'retract', target: 'case', id: f.sag.id }))).toEqual([
      { line: 1, field: 'reason', reason: 'is required' },
    ]);
    expect(await rejected(jsonl({ type: 'retract', target: 'person', id: `${P}nobody`, reason: 'x' }))).toEqual([
      { line: 1, field: 'target', reason: `nothing to retract: person "${P}nobody" is not stored` },
    ]);
    expect(await rejected(jsonl({ type: 'retract', target: 'pet', id: 'x', reason: 'x' }))).toEqual([
      { line: 1, field: 'target', reason: expect.stringMatching(/must be one of person, .*got "pet"/) },
    ]);
    const both = await rejected(
      jsonl(f.inv, { type: 'retract', target: 'involvement', caseId: f.sag.id, personId: f.far.id, reason: 'x' }),
    );
    expect(both).toEqual([{ line: 2, field: 'target', reason: expect.stringMatching(/both sent and retracted/) }]);
    const orphan = await rejected(
      jsonl(
        { type: 'retract', target: 'person', id: f.far.id, reason: 'x' },
        { type: 'residence', personId: f.far.id, addressId: f.adr.id, from: '2020-01-01' },
      ),
    );
    expect(orphan).toEqual([{ line: 2, field: 'personId', reason: `person "${f.far.id}" is retracted in this batch (line 1)` }]);
    expect((await links(f.far.id)).involvements).toHaveLength(1);
  });

  it('a retract sent again (a re-run) counts as unchanged', async () => {
    const f = family(`${P}rr-`);
    await ingest(...all(f));
    const retract = { type: 'retract', target: 'parent', parentId: f.mor.id, childId: f.barn.id, reason: 'ikke forælder' };
    expect(await ingest(retract)).toMatchObject({ retracted: 1 });
    expect(await ingest(retract)).toMatchObject({ retracted: 0, unchanged: 1 });
  });
});

describe('provenance and subcategory in the people API', () => {
  it("a person's provenance lists the correction with old and new values and its batch", async () => {
    const f = family(`${P}prov-`);
    await ingest(...all(f));
    const correction = await ingest({ ...f.barn, birthDate: '2012-07-15' });
    const data = await analyst.ok<{
      person: {
        provenance: {
          action: string;
          recordType: string;
          key: string;
          batchId: string;
          source: string;
          line: number;
          fields: { field: string; old: string | null; new: string | null }[];
        }[];
      };
    }>(
      `query($id: ID!) { person(id: $id) { provenance { at action recordType key batchId source actor line file reason fields { field old new } } } }`,
      {
        id: f.barn.id,
      },
    );
    const [latest, ...earlier] = data.person.provenance;
    expect(latest).toMatchObject({
      action: 'updated',
      recordType: 'person',
      key: `person "${f.barn.id}"`,
      batchId: correction.batchId,
      source: 'graphql',
      line: 1,
      fields: [{ field: 'birthDate', old: '2012-06-15', new: '2012-07-15' }],
    });
    expect(earlier.map((e) => `${e.action} ${e.recordType}`).sort()).toEqual(['inserted parent', 'inserted person']);
  });

  it('a case subcategory is stored and returned with the person’s cases', async () => {
    const f = family(`${P}sub-`);
    await ingest(...all(f));
    const data = await analyst.ok<{ personCases: { items: { caseId: string; category: string; subcategory: string | null }[] } }>(
      `query($id: ID!) { personCases(personId: $id, first: 10) { items { caseId category subcategory } } }`,
      { id: f.far.id },
    );
    expect(data.personCases.items).toEqual([{ caseId: f.sag.id, category: 'bedrageri', subcategory: 'online' }]);
  });
});

describe('text decoding on the GraphQL path', () => {
  it('refuses U+FFFD (what invalid UTF-8 becomes) naming the line, and writes nothing', async () => {
    const p = `${P}utf-`;
    const problems = await rejected(
      `${JSON.stringify({ type: 'person', id: `${p}a`, name: 'Ok', sex: 'F', birthDate: '1990-01-01' })}\n` +
        `{"type":"person","id":"${p}b","name":"S\uFFFDren","sex":"M","birthDate":"1990-01-01"}`,
    );
    expect(problems).toEqual([{ line: 2, field: '(line)', reason: expect.stringMatching(/not valid UTF-8/) }]);
    expect(await countWithPrefix(t.graph, p)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('ignores a leading byte order mark', async () => {
    const p = `${P}bom-`;
    const result = await ingest({ type: 'person', id: `${p}a`, name: 'Bom', sex: 'F', birthDate: '1990-01-01' });
    expect(result.applied).toBe(1);
    const withBom = (
      await admin.ok<{ ingest: Result }>(INGEST, {
        jsonl: `\uFEFF${jsonl({ type: 'person', id: `${p}b`, name: 'Bom', sex: 'F', birthDate: '1990-01-01' })}`,
      })
    ).ingest;
    expect(withBom).toMatchObject({ records: 1, applied: 1 });
  });
});
