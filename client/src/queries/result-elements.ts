import type { ElementDefinition } from 'cytoscape';
import type { ResultGraph } from './queries-api';

/** A result graph as Cytoscape elements: a node's class is its first label, an edge is labelled with its type. */
export function resultElements(graph: ResultGraph): ElementDefinition[] {
  const nodes: ElementDefinition[] = graph.nodes.map((n) => ({
    group: 'nodes',
    data: { id: n.id, label: n.caption, kind: n.labels[0] ?? 'Node', personId: n.personId },
    classes: (n.labels[0] ?? 'node').toLowerCase(),
  }));
  const ids = new Set(graph.nodes.map((n) => n.id));
  const edges: ElementDefinition[] = graph.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.type }, classes: e.type.toLowerCase() }));
  return [...nodes, ...edges];
}

/** Changes when the drawing must be laid out again: the set of nodes and edges. */
export function elementsKey(graph: ResultGraph): string {
  return [...graph.nodes.map((n) => n.id), '|', ...graph.edges.map((e) => e.id)].join(',');
}
