import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { parseSavedQuery } from './query-header.js';
import { toNeo4jParams, validateParams, type QueryParam } from './query-params.js';

const params: QueryParam[] = [
  { name: 'id', type: 'personId', label: { da: 'en person', en: 'a person' } },
  { name: 'n', type: 'integer', default: 3, min: 1, max: 10, label: { da: 'n', en: 'n' } },
  { name: 'd', type: 'date', default: null, min: '2000-01-01', label: { da: 'd', en: 'd' } },
  { name: 'ns', type: 'integer[]', default: [], label: { da: 'ns', en: 'ns' } },
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
  const header = ['// name: q-1', '// title.da: F', '// title.en: Q', '// description.da: en forespørgsel', '// description.en: a query'];
  const texts = ['// title.da: F', '// title.en: Q', '// description.da: b', '// description.en: d'];

  it('reads name, title, description, timeout and typed parameters, every text in both languages', () => {
    const def = parseSavedQuery(
      [
        ...header,
        '// timeoutMs: 2000',
        '// param id: personId',
        '//   label.da: personen',
        '//   label.en: the person',
        '// param from: date = "2020-01-01" (2000-01-01..2030-12-31) — da: start | en: start',
        '// param share: float = null (0..1) — da: valgfri | en: optional',
        '// param tags: string[] = ["a"] — da: mærker | en: tags',
        'MATCH (p {id: $id}) RETURN p',
      ].join('\n'),
    );
    expect(def).toMatchObject({
      name: 'q-1',
      title: { da: 'F', en: 'Q' },
      description: { da: 'en forespørgsel', en: 'a query' },
      timeoutMs: 2000,
    });
    expect(def.params).toEqual([
      { name: 'id', type: 'personId', label: { da: 'personen', en: 'the person' } },
      { name: 'from', type: 'date', default: '2020-01-01', min: '2000-01-01', max: '2030-12-31', label: { da: 'start', en: 'start' } },
      { name: 'share', type: 'float', default: null, min: 0, max: 1, label: { da: 'valgfri', en: 'optional' } },
      { name: 'tags', type: 'string[]', default: ['a'], label: { da: 'mærker', en: 'tags' } },
    ]);
  });

  it('refuses a header that lacks either language, naming the field', () => {
    const query = (lines: string[]) =>
      ['// name: q-1', ...lines, '// param id: personId — da: personen | en: the person', 'RETURN $id'].join('\n');
    const without = (line: string) => texts.filter((l) => l !== line);
    expect(() => parseSavedQuery(query(without('// title.da: F')))).toThrow(/^missing header "title\.da"$/);
    expect(() => parseSavedQuery(query(without('// title.en: Q')))).toThrow(/^missing header "title\.en"$/);
    expect(() => parseSavedQuery(query(without('// description.da: b')))).toThrow(/^missing header "description\.da"$/);
    expect(() => parseSavedQuery(query(without('// description.en: d')))).toThrow(/^missing header "description\.en"$/);
    const oneLanguage = ['// name: q-1', '// title: Q', '// description: d', '// param id: personId — the person', 'RETURN $id'].join('\n');
    expect(() => parseSavedQuery(oneLanguage)).toThrow(/missing header "title\.da"/);
    const paramOnlyDa = [...texts, '// param id: personId', '//   label.da: personen'];
    expect(() => parseSavedQuery(['// name: q-1', ...paramOnlyDa, 'RETURN $id'].join('\n'))).toThrow(/^param id: missing "label\.en"/);
    const paramPlain = [...texts, '// param id: personId — the person'];
    expect(() => parseSavedQuery(['// name: q-1', ...paramPlain, 'RETURN $id'].join('\n'))).toThrow(/^param id: missing "label\.da"/);
  });

  it('still reads a query stored before every text had two languages (one text serves both)', () => {
    const old = ['// name: q-1', '// title: Q', '// description: d', '// param id: personId — the person', 'RETURN $id'].join('\n');
    const def = parseSavedQuery(old, 'q-1', { stored: true });
    expect(def.title).toEqual({ da: 'Q', en: 'Q' });
    expect(def.params[0]!.label).toEqual({ da: 'the person', en: 'the person' });
  });

  it('every shipped saved query gives its texts in Danish and English', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'cypher', 'queries');
    const defs = readdirSync(dir).map((f) => parseSavedQuery(readFileSync(join(dir, f), 'utf8'), f));
    expect(defs.length).toBeGreaterThanOrEqual(6);
    for (const def of defs) {
      expect(def.title.da, def.name).not.toBe(def.title.en);
      expect(def.description.da, def.name).not.toBe(def.description.en);
      for (const p of def.params) expect(p.label.da, `${def.name}.${p.name}`).not.toBe(p.label.en);
    }
  });

  it.each([
    [texts, /missing header line "\/\/ name/],
    [['// name: Bad Name', ...texts], /name must be/],
    [[...header, '// timeoutMs: 5'], /timeoutMs must be/],
    [[...header, '// param x: money — da: what | en: what'], /unknown type money/],
    [[...header, '// param x: string = 1 (1..2) — da: what | en: what'], /bounds apply to integer, float and date/],
    [[...header, '// param x: integer = 0 (1..2) — da: what | en: what'], /the default must be at least 1/],
    [[...header, '// param x: date = 2020-01-01 — da: what | en: what'], /not JSON/],
    [[...header, '// param x: integer (5..1) — da: what | en: what'], /min is above max/],
    [[...header, '// param x: integer — da: a | en: a', '// param x: integer — da: b | en: b'], /declared twice/],
    [[...header, '// param x integer — da: what | en: what'], /malformed parameter line/],
  ])('refuses %o', (lines, message) => {
    expect(() => parseSavedQuery([...lines, 'RETURN 1'].join('\n'))).toThrow(message);
  });
});
