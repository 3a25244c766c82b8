import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startApp, type Client, type TestApp } from '../support/app.js';
import { countWithPrefix, readTest, removeWithPrefix } from '../support/data.js';

let t: TestApp;
let admin: Client;
let P: string; // this file's id prefix

const INGEST = `mutation($jsonl: String!) { ingest(jsonl: $jsonl) { records affectedPersons byType { type count } } }`;

beforeAll(async () => {
  t = await startApp();
  admin = await signedIn(t, 'admin');
  P = `${t.runId}-`;
});
afterAll(async () => {
  await removeWithPrefix(t.graph, P);
  await t?.close();
});

const jsonl = (...records: object[]) => records.map((r) => JSON.stringify(r)).join('\n');

function family(prefix: string) {
  return [
    { type: 'person', id: `${prefix}mor`, name: 'Anne Testsen', sex: 'F', birthDate: '1980-04-02' },
    { type: 'person', id: `${prefix}far`, name: 'Bo Testsen', sex: 'M', birthDate: '1978-11-30' },
    { type: 'person', id: `${prefix}barn`, name: 'Carl Testsen', sex: 'M', birthDate: '2012-06-15' },
    { type: 'address', id: `${prefix}adr`, street: 'Testvej 1', postalCode: '9000', city: 'Aalborg', municipalityCode: '851' },
    { type: 'residence', personId: `${prefix}mor`, addressId: `${prefix}adr`, from: '2010-01-01' },
    { type: 'residence', personId: `${prefix}barn`, addressId: `${prefix}adr`, from: '2012-06-15' },
    { type: 'parent', parentId: `${prefix}mor`, childId: `${prefix}barn` },
    { type: 'parent', parentId: `${prefix}far`, childId: `${prefix}barn` },
    { type: 'partner', personA: `${prefix}mor`, personB: `${prefix}far`, kind: 'married', from: '2009-05-01', to: '2015-01-01' },
    {
      type: 'case',
      id: `${prefix}sag`,
      journalNo: '5100-80120-00042-24',
      category: 'husspektakler',
      occurredAt: '2024-03-05T22:15:00+01:00',
      policeDistrictCode: 'NJY',
      summary: 'Anmeldelse om larm',
      keywords: ['larm'],
    },
    { type: 'involvement', caseId: `${prefix}sag`, personId: `${prefix}far`, role: 'suspect' },
  ];
}

async function rejection(batch: string): Promise<{ line: number; field: string; reason: string }[]> {
  const result = await admin.gql(INGEST, { jsonl: batch });
  expect(result.errors?.[0]?.extensions?.code).toBe('INGEST_REJECTED');
  return result.errors![0]!.extensions!.problems as { line: number; field: string; reason: string }[];
}

describe('ingest', () => {
  it('writes a valid batch, in any record order, and is idempotent', async () => {
    const prefix = `${P}ok-`;
    const records = family(prefix).reverse(); // references before their targets
    const first = await admin.ok<{ ingest: { records: number; affectedPersons: number } }>(INGEST, { jsonl: jsonl(...records) });
    expect(first.ingest.records).toBe(records.length);
    expect(first.ingest.affectedPersons).toBe(3);
    const before = await countWithPrefix(t.graph, prefix);
    await admin.ok(INGEST, { jsonl: jsonl(...records) });
    expect(await countWithPrefix(t.graph, prefix)).toEqual(before);
    // 2 residences, 2 parents, 1 partnership, 1 involvement, address IN municipality, case REGISTERED_IN district
    expect(before).toEqual({ nodes: 5, relationships: 8 });
  });

  it('updates a record sent again with new values', async () => {
    const prefix = `${P}upd-`;
    await admin.ok(INGEST, { jsonl: jsonl(...family(prefix)) });
    await admin.ok(INGEST, {
      jsonl: jsonl({ type: 'person', id: `${prefix}far`, name: 'Bo Nyt-Navn', sex: 'M', birthDate: '1978-11-30', deathDate: '2024-12-24' }),
    });
    const [row] = await readTest<{ name: string; deathDate: string }>(t.graph, 'person-by-id', { id: `${prefix}far` });
    expect(row).toEqual({ name: 'Bo Nyt-Navn', deathDate: '2024-12-24' });
  });

  it('stores text byte for byte', async () => {
    const prefix = `${P}txt-`;
    const name = 'Ærø Ø\'Brien <script>alert(1)</script> "}) MATCH (n) DETACH DELETE n // 😀 \u0000 end';
    const summary = "' OR 1=1 -- ; CALL dbms.components() \\ \n\t ünïcödé 漢字 \u202e";
    await admin.ok(INGEST, {
      jsonl: jsonl(
        { type: 'person', id: `${prefix}x`, name, sex: 'U', birthDate: '1990-01-01' },
        {
          type: 'case',
          id: `${prefix}c`,
          journalNo: 'X',
          category: 'oevrige',
          occurredAt: '2024-01-01T00:00:00Z',
          policeDistrictCode: 'BOR',
          summary,
        },
      ),
    });
    const [person] = await readTest<{ name: string }>(t.graph, 'person-by-id', { id: `${prefix}x` });
    expect(person?.name).toBe(name);
    const [kase] = await readTest<{ summary: string }>(t.graph, 'case-by-id', { id: `${prefix}c` });
    expect(kase?.summary).toBe(summary);
  });

  describe('rejects, writing nothing, every bad record the contract names', () => {
    const cases: [string, (prefix: string) => (object | string)[], { line: number; field: string; reason: RegExp }][] = [
      ['an unknown type', (p) => [...family(p), { type: 'pet', id: 'x' }], { line: 12, field: 'type', reason: /unknown type "pet"/ }],
      [
        'a missing field',
        (p) => [{ type: 'person', id: `${p}a`, name: 'A', sex: 'F' }],
        { line: 1, field: 'birthDate', reason: /required/ },
      ],
      [
        'a malformed date',
        (p) => [{ type: 'person', id: `${p}a`, name: 'A', sex: 'F', birthDate: '2001-02-30' }],
        { line: 1, field: 'birthDate', reason: /YYYY-MM-DD/ },
      ],
      [
        'a malformed date-time',
        (p) => family(p).map((r) => (r.type === 'case' ? { ...r, occurredAt: '2024-03-05 22:15' } : r)),
        { line: 10, field: 'occurredAt', reason: /offset/ },
      ],
      [
        'a wrong field type',
        () => [{ type: 'person', id: 7, name: 'A', sex: 'F', birthDate: '2001-02-03' }],
        { line: 1, field: 'id', reason: /string/ },
      ],
      [
        'a bad enumeration',
        (p) => [{ type: 'person', id: `${p}a`, name: 'A', sex: 'X', birthDate: '2001-02-03' }],
        { line: 1, field: 'sex', reason: /one of F, M, U/ },
      ],
      [
        'an unknown reference',
        (p) => [...family(p), { type: 'residence', personId: `${p}ghost`, addressId: `${p}adr`, from: '2020-01-01' }],
        { line: 12, field: 'personId', reason: /unknown person/ },
      ],
      [
        'an unknown municipality code',
        (p) => family(p).map((r) => (r.type === 'address' ? { ...r, municipalityCode: '999' } : r)),
        { line: 4, field: 'municipalityCode', reason: /unknown municipality/ },
      ],
      [
        'an unknown police district',
        (p) => family(p).map((r) => (r.type === 'case' ? { ...r, policeDistrictCode: 'XXX' } : r)),
        { line: 10, field: 'policeDistrictCode', reason: /unknown police district/ },
      ],
      [
        'an unknown case category',
        (p) => family(p).map((r) => (r.type === 'case' ? { ...r, category: 'spionage' } : r)),
        { line: 10, field: 'category', reason: /unknown case category/ },
      ],
      [
        'a child born before its parent',
        (p) => family(p).map((r) => (r.type === 'person' && r.id === `${p}barn` ? { ...r, birthDate: '1970-01-01' } : r)),
        { line: 7, field: 'childId', reason: /not born after parent/ },
      ],
      [
        'a residence that ends before it starts',
        (p) => [...family(p), { type: 'residence', personId: `${p}far`, addressId: `${p}adr`, from: '2020-01-01', to: '2019-12-31' }],
        { line: 12, field: 'to', reason: /before it starts/ },
      ],
      [
        'a person who is their own ancestor',
        (p) => [...family(p), { type: 'parent', parentId: `${p}barn`, childId: `${p}mor` }],
        { line: 12, field: 'parentId', reason: /own ancestor/ },
      ],
      ['not JSON at all', (p) => [...family(p), '{"type": "person", oops'], { line: 12, field: '(line)', reason: /not valid JSON/ }],
    ];
    it.each(cases)('%s', async (_name, make, expected) => {
      const prefix = `${P}rej${Math.random().toString(36).slice(2, 7)}-`;
      const batch = make(prefix)
        .map((r) => (typeof r === 'string' ? r : JSON.stringify(r)))
        .join('\n');
      const problems = await rejection(batch);
      expect(problems).toContainEqual({ line: expected.line, field: expected.field, reason: expect.stringMatching(expected.reason) });
      expect(await countWithPrefix(t.graph, prefix)).toEqual({ nodes: 0, relationships: 0 });
    });
  });

  it('reports many problems at once, not only the first', async () => {
    const prefix = `${P}many-`;
    const bad = Array.from({ length: 8 }, (_, i) => ({ type: 'person', id: `${prefix}${i}`, name: '', sex: 'Q', birthDate: 'soon' }));
    const problems = await rejection(jsonl(...bad));
    expect(problems.length).toBe(24);
    expect(new Set(problems.map((p) => p.line))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
  });

  it('refuses a batch over the size cap with a clear error', async () => {
    const big = Array.from({ length: 10_001 }, () => '{}').join('\n');
    const result = await admin.gql(INGEST, { jsonl: big });
    expect(result.errors?.[0]?.extensions?.code).toBe('INGEST_TOO_LARGE');
    expect(result.errors?.[0]?.message).toMatch(/at most 10000 records/);
  });

  it('is for admins only', async () => {
    const analyst = await signedIn(t, 'analyst');
    const result = await analyst.gql(INGEST, { jsonl: jsonl(...family(`${P}role-`)) });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await countWithPrefix(t.graph, `${P}role-`)).toEqual({ nodes: 0, relationships: 0 });
  });
});

describe('ingest property tests: hostile and malformed records', () => {
  const hostileText = fc.oneof(
    fc.string({ maxLength: 50 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.constantFrom("'; MATCH (n) DETACH DELETE n //", '<img src=x onerror=alert(1)>', '${jndi:x}', '\u0000', '"}]) RETURN 1'),
  );
  const anyValue = fc.oneof(
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.object({ maxDepth: 1 }),
    hostileText,
  );

  it('every malformed person record gets a clear error and writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: anyValue,
          sex: anyValue,
          birthDate: anyValue,
          extra: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
        }),
        async (fields) => {
          const prefix = `${P}pp${Math.random().toString(36).slice(2, 8)}-`;
          const record: Record<string, unknown> = {
            type: 'person',
            id: `${prefix}x`,
            name: fields.name,
            sex: fields.sex,
            birthDate: fields.birthDate,
          };
          if (fields.extra) record[`x_${fields.extra}`] = 1;
          const valid =
            typeof fields.name === 'string' &&
            fields.name.trim() !== '' &&
            fields.name.length <= 200 &&
            !/[\uD800-\uDFFF]/.test(fields.name) &&
            ['F', 'M', 'U'].includes(fields.sex as string) &&
            fields.birthDate === '2000-01-01' &&
            !fields.extra;
          fc.pre(!valid);
          const result = await admin.gql(INGEST, { jsonl: JSON.stringify(record) });
          const error = result.errors?.[0];
          expect(error?.extensions?.code).toBe('INGEST_REJECTED');
          const problems = error?.extensions?.problems as { line: number; field: string; reason: string }[];
          expect(problems.length).toBeGreaterThan(0);
          for (const p of problems) {
            expect(p.line).toBe(1);
            expect(p.field.length).toBeGreaterThan(0);
            expect(p.reason.length).toBeGreaterThan(3);
          }
          expect(await countWithPrefix(t.graph, prefix)).toEqual({ nodes: 0, relationships: 0 });
        },
      ),
      { numRuns: 40, seed: 20261123 },
    );
  });

  it('valid hostile text is accepted and round-trips exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        hostileText.filter((s) => s.trim() !== '' && !/[\uD800-\uDFFF]/.test(s)),
        async (name) => {
          const prefix = `${P}rt${Math.random().toString(36).slice(2, 8)}-`;
          await admin.ok(INGEST, { jsonl: JSON.stringify({ type: 'person', id: `${prefix}x`, name, sex: 'U', birthDate: '2000-01-01' }) });
          const [row] = await readTest<{ name: string }>(t.graph, 'person-by-id', { id: `${prefix}x` });
          expect(row?.name).toBe(name);
        },
      ),
      { numRuns: 25, seed: 42 },
    );
  });

  it('dangling references and ancestry cycles in random kinship batches are refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { minLength: 1, maxLength: 8 }), async (edges) => {
        const prefix = `${P}kin${Math.random().toString(36).slice(2, 8)}-`;
        // persons 0..3 exist with increasing birth years; 4 and 5 do not exist
        const persons = [0, 1, 2, 3].map((i) => ({
          type: 'person',
          id: `${prefix}${i}`,
          name: `P${i}`,
          sex: 'U',
          birthDate: `${1950 + i * 20}-01-01`,
        }));
        const parents = edges.map(([a, b]) => ({ type: 'parent', parentId: `${prefix}${a}`, childId: `${prefix}${b}` }));
        const dangling = edges.some(([a, b]) => a > 3 || b > 3);
        const backwards = edges.some(([a, b]) => a >= b); // self, younger parent, or cycle
        const result = await admin.gql(INGEST, { jsonl: jsonl(...persons, ...parents) });
        if (dangling || backwards) {
          expect(result.errors?.[0]?.extensions?.code).toBe('INGEST_REJECTED');
          expect(await countWithPrefix(t.graph, prefix)).toEqual({ nodes: 0, relationships: 0 });
        } else {
          expect(result.errors).toBeUndefined();
        }
      }),
      { numRuns: 30, seed: 7 },
    );
  });
});
