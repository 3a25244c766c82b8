import { describe, expect, it } from 'vitest';
import { elementsKey, resultElements } from './result-elements';

describe('resultElements', () => {
  const graph = {
    truncated: false,
    nodes: [
      { id: 'n1', labels: ['Person'], caption: 'Mor', personId: 'p1', properties: {} },
      { id: 'n2', labels: ['Address'], caption: 'a1', personId: null, properties: {} },
    ],
    edges: [
      { id: 'e1', type: 'LIVES_AT', source: 'n1', target: 'n2', properties: {} },
      { id: 'e2', type: 'PARENT_OF', source: 'n1', target: 'gone', properties: {} },
    ],
  };

  it('makes nodes before edges, classed by label and type, and drops edges without both ends', () => {
    const elements = resultElements(graph);
    expect(elements.map((e) => [e.group, e.data.id, e.classes])).toEqual([
      ['nodes', 'n1', 'person'],
      ['nodes', 'n2', 'address'],
      ['edges', 'e1', 'lives_at'],
    ]);
    expect(elements[0]?.data).toMatchObject({ label: 'Mor', personId: 'p1' });
  });

  it('keys the element set', () => {
    expect(elementsKey(graph)).toBe('n1,n2,|,e1,e2');
  });
});
