import { isNode, isPath, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import { toPlain, type Plain } from '../graph/convert.js';
import { isPoliceLabel } from './police-data.js';
import { SECRET_PROPERTIES } from './read-only-check.js';

export interface ResultNode {
  id: string;
  labels: string[];
  caption: string;
  personId: string | null;
  properties: { [key: string]: Plain };
}

export interface ResultEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: { [key: string]: Plain };
}

export interface ResultGraph {
  nodes: ResultNode[];
  edges: ResultEdge[];
  /** more nodes than a drawing can hold were returned: only the first are drawn */
  truncated: boolean;
}

export interface TabularResult {
  columns: string[];
  rows: Plain[][];
  /** null when no row holds a node or relationship */
  graph: ResultGraph | null;
  /** Person nodes and personId/personIds values anywhere in the rows: what the audit entry names */
  personIds: string[];
}

export const MAX_GRAPH_NODES = 2000;
const PERSON_KEY = /^personIds?$|PersonIds?$/;

/**
 * Turns raw driver values into JSON rows and a drawable graph. Nodes that are not police data
 * lose their properties and secret keys are dropped everywhere: the plan check refuses queries
 * that reach them, and this is the second lock behind it.
 */
export function toTabular(columns: string[], records: unknown[][]): TabularResult {
  const nodes = new Map<string, ResultNode>();
  const rels = new Map<string, Relationship>();
  const personIds = new Set<string>();
  let graphTruncated = false;

  const addNode = (node: Node): ResultNode => {
    const known = nodes.get(node.elementId);
    if (known) return known;
    // Only police records show their properties: anything else that slipped through is shown as a bare label.
    const police = node.labels.length > 0 && node.labels.every(isPoliceLabel);
    const properties = police ? cleanMap(node.properties as Record<string, unknown>) : {};
    const id = typeof properties.id === 'string' ? properties.id : null;
    const isPerson = node.labels.includes('Person');
    if (isPerson && id) personIds.add(id);
    const name = typeof properties.name === 'string' ? properties.name : null;
    const shown: ResultNode = {
      id: node.elementId,
      labels: [...node.labels],
      caption: name ?? id ?? node.labels[0] ?? '',
      personId: isPerson ? id : null,
      properties,
    };
    if (nodes.size < MAX_GRAPH_NODES) nodes.set(node.elementId, shown);
    else graphTruncated = true;
    return shown;
  };

  const clean = (value: unknown, key?: string): Plain => {
    if (isNode(value)) {
      const n = addNode(value);
      return { elementId: n.id, labels: n.labels, properties: n.properties };
    }
    if (isRelationship(value)) {
      rels.set(value.elementId, value);
      return {
        elementId: value.elementId,
        type: value.type,
        startElementId: value.startNodeElementId,
        endElementId: value.endNodeElementId,
        properties: cleanMap(value.properties as Record<string, unknown>),
      };
    }
    if (isPath(value)) {
      return { segments: value.segments.map((s) => ({ start: clean(s.start), relationship: clean(s.relationship), end: clean(s.end) })) };
    }
    if (Array.isArray(value)) return value.map((v) => clean(v, key));
    if (isPlainMap(value)) {
      const out: { [k: string]: Plain } = {};
      for (const [k, v] of Object.entries(value)) if (!SECRET_PROPERTIES.includes(k)) out[k] = clean(v, k);
      return out;
    }
    const plain = toPlain(value);
    if (key && PERSON_KEY.test(key) && typeof plain === 'string') personIds.add(plain);
    return plain;
  };

  const rows = records.map((record) => record.map((value, i) => clean(value, columns[i])));
  const edges: ResultEdge[] = [];
  for (const rel of rels.values()) {
    // Cytoscape needs both ends: an edge to a node that is not in the result is left out.
    if (!nodes.has(rel.startNodeElementId) || !nodes.has(rel.endNodeElementId)) continue;
    edges.push({
      id: rel.elementId,
      type: rel.type,
      source: rel.startNodeElementId,
      target: rel.endNodeElementId,
      properties: cleanMap(rel.properties as Record<string, unknown>),
    });
  }
  const graph = nodes.size > 0 ? { nodes: [...nodes.values()], edges, truncated: graphTruncated } : null;
  return { columns, rows, graph, personIds: [...personIds].sort() };
}

function cleanMap(properties: Record<string, unknown>): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const [k, v] of Object.entries(properties)) if (!SECRET_PROPERTIES.includes(k)) out[k] = toPlain(v);
  return out;
}

/** A Cypher map arrives as a plain object; temporal values and integers are class instances. */
function isPlainMap(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === Object.prototype || proto === null;
}

/** RFC 4180 CSV; cells that a spreadsheet would run as a formula get a leading quote. */
export function toCsv(columns: string[], rows: Plain[][]): string {
  const lines = [columns.map(cell).join(',')];
  for (const row of rows) lines.push(row.map(csvValue).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function csvValue(value: Plain): string {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return cell(value);
  return cell(JSON.stringify(value));
}

function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
