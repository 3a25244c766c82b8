import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { approxBytes, toCsv, toTabular } from './query-result.js';

const { Node, Relationship } = neo4j.types;
const node = (id: string, labels: string[], properties: Record<string, unknown>) => new Node(neo4j.int(0), labels, properties, id);

describe('toTabular', () => {
  const mor = node('e1', ['Person'], { id: 'p-mor', name: 'Mor', birthDate: new neo4j.types.Date(1985, 5, 5) });
  const barn = node('e2', ['Person'], { id: 'p-barn', name: 'Barn' });
  const link = new Relationship(neo4j.int(1), neo4j.int(0), neo4j.int(0), 'PARENT_OF', {}, 'r1', 'e1', 'e2');

  it('makes JSON rows, a graph of the nodes and relationships, and collects person ids', () => {
    const result = toTabular(['a', 'r', 'b', 'personIds', 'n'], [[mor, link, barn, ['p-x'], neo4j.int(7)]]);
    expect(result.rows[0]?.[4]).toBe(7);
    expect(result.graph?.nodes.map((n) => [n.id, n.caption, n.personId])).toEqual([
      ['e1', 'Mor', 'p-mor'],
      ['e2', 'Barn', 'p-barn'],
    ]);
    expect(result.graph?.nodes[0]?.properties.birthDate).toBe('1985-05-05');
    expect(result.graph?.edges).toEqual([{ id: 'r1', type: 'PARENT_OF', source: 'e1', target: 'e2', properties: {} }]);
    expect(result.personIds).toEqual(['p-barn', 'p-mor', 'p-x']);
  });

  it('leaves out an edge whose end is not in the result, and has no graph without nodes', () => {
    expect(toTabular(['a', 'r'], [[mor, link]]).graph?.edges).toEqual([]);
    expect(toTabular(['x'], [[1]]).graph).toBeNull();
  });

  it('drops the system’s own nodes’ properties and secret keys anywhere', () => {
    const user = node('e9', ['User'], { username: 'admin', passwordHash: '$argon2id$x' });
    const result = toTabular(['u', 'm'], [[user, { username: 'admin', passwordHash: '$argon2id$x', nested: [{ hash: 'h' }] }]]);
    expect(JSON.stringify(result)).not.toMatch(/argon2|"hash"/);
    expect(result.rows[0]?.[1]).toEqual({ username: 'admin', nested: [{}] });
  });
});

describe('toCsv', () => {
  it('quotes, escapes, writes structures as plain text and defuses formulas', () => {
    expect(
      toCsv(
        ['a', 'b,c'],
        [
          ['x"y', 1],
          [null, { k: [1, 2] }],
          ['=SUM(A1)', -2],
        ],
      ),
    ).toBe('a,"b,c"\r\n"x""y",1\r\n,k: 1; 2\r\n\'=SUM(A1),-2\r\n');
  });

  it('expands node, relationship and map columns to one column per property, without element ids', () => {
    const mor = node('4:db:1', ['Person'], { id: 'p-mor', name: 'Mor' });
    const barn = node('4:db:2', ['Person'], { id: 'p-barn', name: 'Barn', deathDate: null });
    const link = new Relationship(neo4j.int(1), neo4j.int(0), neo4j.int(0), 'PARENT_OF', {}, '5:db:1', '4:db:1', '4:db:2');
    const { columns, rows } = toTabular(
      ['p', 'r', 'm', 'kids'],
      [
        [mor, link, { role: 'victim' }, [barn]],
        [barn, null, { role: 'witness', extra: 1 }, []],
      ],
    );
    const csv = toCsv(columns, rows);
    expect(csv.split('\r\n')[0]).toBe('p.id,p.deathDate,p.name,r.type,m.extra,m.role,kids');
    expect(csv.split('\r\n')[1]).toBe('p-mor,,Mor,PARENT_OF,,victim,p-barn');
    expect(csv).not.toMatch(/4:db|5:db|[{}]/);
  });
});

describe('person ids and size', () => {
  it('offers every other short string as a person id to look up, and the ends of lone relationships', () => {
    const link = new Relationship(neo4j.int(1), neo4j.int(0), neo4j.int(0), 'PARENT_OF', {}, 'r1', 'e1', 'e2');
    const result = toTabular(['id', 'm', 'r'], [['p-1', { who: ['p-2'], note: 'two words' }, link]]);
    expect(result.candidateIds.sort()).toEqual(['p-1', 'p-2']);
    expect(result.endpointElementIds.sort()).toEqual(['e1', 'e2']);
  });

  it('estimates the JSON size of raw values', () => {
    expect(approxBytes('æøå')).toBe(8);
    expect(approxBytes(['ab', 1])).toBeGreaterThan(10);
    expect(approxBytes(node('e', ['Person'], { name: 'x'.repeat(1000) }))).toBeGreaterThan(1000);
  });
});
