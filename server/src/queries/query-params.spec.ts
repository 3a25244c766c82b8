import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parseSavedQuery } from './query-header.js';
import { toNeo4jParams, validateParams, type QueryParam } from './query-params.js';

const params: QueryParam[] = [
  { name: 'id', type: 'personId', description: 'a person' },
  { name: 'n', type: 'integer', default: 3, min: 1, max: 10, description: 'n' },
  { name: 'd', type: 'date', default: null, min: '2000-01-01', description: 'd' },
  { name: 'ns', type: 'integer[]', default: [], description: 'ns' },
];

describe('validateParams', () => {
  it('fills in defaults', () => {
    expect(validateParams(params, { id: 'p1' })).toEqual({ id: 'p1', n: 3, d: null, ns: [] });
  });

  it.each([
    [{}, /params\.id: is required \(personId: a person\)/],
    [{ id: 'p1', x: 1 }, /params\.x: unknown parameter \(this query takes id, n, d, ns\)/],
    [{ id: 'p1', n: 0 }, /params\.n: must be at least 1, got 0/],
    [{ id: 'p1', n: 2 ** 60 }, /must be a whole number|at most/],
    [{ id: 'p1', d: '1999-12-31' }, /params\.d: must be on or after 2000-01-01/],
    [{ id: 'p1', ns: [1, 'x'] }, /params\.ns: item 2 must be a number, got a string/],
    [{ id: '' }, /must be a person id/],
    [[1], /params: must be an object/],
  ])('refuses %o', (given, message) => {
    expect(() => validateParams(params, given)).toThrow(message);
  });
});

describe('toNeo4jParams', () => {
  it('sends integers as Neo4j integers and dates as Neo4j dates', () => {
    const out = toNeo4jParams(params, { id: 'p1', n: 4, d: '2024-02-29', ns: [1, 2] });
    expect(neo4j.isInt(out.n)).toBe(true);
    expect(String(out.d)).toBe('2024-02-29');
    expect((out.ns as unknown[]).every((v) => neo4j.isInt(v))).toBe(true);
    expect(out.id).toBe('p1');
  });
});

describe('parseSavedQuery', () => {
  const header = ['// name: q-1', '// title: Q', '// description: a query'];

  it('reads name, title, description, timeout and typed parameters', () => {
    const def = parseSavedQuery(
      [
        ...header,
        '// timeoutMs: 2000',
        '// param id: personId — the person',
        '// param from: date = "2020-01-01" (2000-01-01..2030-12-31) — start',
        '// param share: float = null (0..1) — optional',
        '// param tags: string[] = ["a"] — tags',
        'MATCH (p {id: $id}) RETURN p',
      ].join('\n'),
    );
    expect(def).toMatchObject({ name: 'q-1', title: 'Q', description: 'a query', timeoutMs: 2000 });
    expect(def.params).toEqual([
      { name: 'id', type: 'personId', description: 'the person' },
      { name: 'from', type: 'date', default: '2020-01-01', min: '2000-01-01', max: '2030-12-31', description: 'start' },
      { name: 'share', type: 'float', default: null, min: 0, max: 1, description: 'optional' },
      { name: 'tags', type: 'string[]', default: ['a'], description: 'tags' },
    ]);
  });

  it.each([
    [['// title: Q', '// description: d'], /missing header line "\/\/ name/],
    [['// name: Bad Name', '// title: Q', '// description: d'], /name must be/],
    [[...header, '// timeoutMs: 5'], /timeoutMs must be/],
    [[...header, '// param x: money — what'], /unknown type money/],
    [[...header, '// param x: string = 1 (1..2) — what'], /bounds apply to integer, float and date/],
    [[...header, '// param x: integer = 0 (1..2) — what'], /the default must be at least 1/],
    [[...header, '// param x: date = 2020-01-01 — what'], /not JSON/],
    [[...header, '// param x: integer (5..1) — what'], /min is above max/],
    [[...header, '// param x: integer — a', '// param x: integer — b'], /declared twice/],
    [[...header, '// param x integer — what'], /malformed parameter line/],
  ])('refuses %o', (lines, message) => {
    expect(() => parseSavedQuery([...lines, 'RETURN 1'].join('\n'))).toThrow(message);
  });
});
