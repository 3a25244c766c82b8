import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toCsv, toTabular } from './query-result.js';

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
  it('quotes, escapes, keeps JSON for structures and defuses formulas', () => {
    expect(
      toCsv(
        ['a', 'b,c'],
        [
          ['x"y', 1],
          [null, { k: [1] }],
          ['=SUM(A1)', -2],
        ],
      ),
    ).toBe('a,"b,c"\r\n"x""y",1\r\n,"{""k"":[1]}"\r\n\'=SUM(A1),-2\r\n');
  });
});
