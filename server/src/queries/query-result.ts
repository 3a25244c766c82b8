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
  /**
   * Every other string anywhere in the rows (any column, list, map or path) that could be a
   * person's id: the run looks them up so that `RETURN p.id AS id` is audited like `RETURN p`.
   */
  candidateIds: string[];
  /** element ids of the ends of relationships in the rows, whose persons the audit names too */
  endpointElementIds: string[];
}

export const MAX_GRAPH_NODES = 2000;
/** A person id is 1-100 characters without spaces (query-params.ts); longer strings are not looked up. */
const CANDIDATE_ID = /^[^\s\p{Cc}]{1,100}$/u;
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
  const candidates = new Set<string>();
  const endpoints = new Set<string>();
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
      endpoints.add(value.startNodeElementId).add(value.endNodeElementId);
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
    if (typeof plain === 'string') {
      if (key && PERSON_KEY.test(key)) personIds.add(plain);
      else if (CANDIDATE_ID.test(plain)) candidates.add(plain);
    }
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
  for (const n of nodes.values()) endpoints.delete(n.id);
  for (const id of personIds) candidates.delete(id);
  return { columns, rows, graph, personIds: [...personIds].sort(), candidateIds: [...candidates], endpointElementIds: [...endpoints] };
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

/**
 * An estimate of a raw driver value's size as JSON, counted while rows stream in so that one
 * huge result is cut off before it is held whole. Strings count their UTF-8 bytes.
 */
export function approxBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (typeof value === 'string') return Buffer.byteLength(value) + 2;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return 8;
  if (isNode(value)) return 64 + approxBytes(value.properties);
  if (isRelationship(value)) return 96 + approxBytes(value.properties);
  if (isPath(value))
    return value.segments.reduce((sum, s) => sum + approxBytes(s.start) + approxBytes(s.relationship) + approxBytes(s.end), 16);
  if (Array.isArray(value)) return value.reduce((sum: number, v) => sum + approxBytes(v) + 1, 2);
  if (isPlainMap(value)) return Object.entries(value).reduce((sum, [k, v]) => sum + k.length + 4 + approxBytes(v), 2);
  return 32; // integers, temporal and spatial values
}

type Shape = 'node' | 'relationship' | 'path' | 'map' | 'value';

/** What a cleaned value is: nodes, relationships and paths keep a recognisable form (see toTabular). */
function shapeOf(value: Plain): Shape {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'value';
  if ('segments' in value) return 'path';
  if ('elementId' in value && 'startElementId' in value) return 'relationship';
  if ('elementId' in value && 'labels' in value) return 'node';
  return 'map';
}

/** The fields a node, relationship or map contributes to CSV columns (no element ids). */
function fieldsOf(value: Plain): { [key: string]: Plain } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const shape = shapeOf(value);
  const props = (value as { properties?: { [key: string]: Plain } }).properties ?? {};
  if (shape === 'node') return props;
  if (shape === 'relationship') return { type: (value as { type: Plain }).type, ...props };
  return value as { [key: string]: Plain };
}

/**
 * RFC 4180 CSV of plain values: a column of nodes, relationships or maps becomes one column per
 * property (`person.id` first, then by name; `link.type`), lists are joined with "; ", a path is
 * written as its records' ids; no internal element ids and no JSON. Cells that a spreadsheet
 * would run as a formula get a leading quote.
 */
export function toCsv(columns: string[], rows: Plain[][]): string {
  const layout = columns.map((column, i) => {
    const shapes = new Set(
      rows
        .map((r) => r[i] ?? null)
        .filter((v) => v !== null)
        .map(shapeOf),
    );
    const expands = shapes.size > 0 && [...shapes].every((s) => s === 'node' || s === 'relationship' || s === 'map');
    if (!expands) return { column, keys: null as string[] | null };
    const keys: string[] = [];
    for (const row of rows) for (const k of Object.keys(fieldsOf(row[i] ?? null))) if (!keys.includes(k)) keys.push(k);
    keys.sort((a, b) => (a === 'id' ? -1 : b === 'id' ? 1 : a.localeCompare(b)));
    return { column, keys };
  });
  const header = layout.flatMap(({ column, keys }) => (keys ? keys.map((k) => `${column}.${k}`) : [column]));
  const lines = [header.map(cell).join(',')];
  for (const row of rows) {
    const cells = layout.flatMap(({ keys }, i) => {
      const value = row[i] ?? null;
      if (!keys) return [valueCell(value)];
      const fields = fieldsOf(value);
      return keys.map((k) => valueCell(fields[k] ?? null));
    });
    lines.push(cells.join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** One value as cell text: a node by its id (or name), a list joined with "; ", a map as "key: value" pairs. */
function text(value: Plain): string {
  if (value === null) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(text).join('; ');
  switch (shapeOf(value)) {
    case 'node': {
      const props = fieldsOf(value);
      return text(props.id ?? props.code ?? props.name ?? null);
    }
    case 'relationship':
      return text(fieldsOf(value).type ?? null);
    case 'path': {
      const segments = (value as { segments: { start: Plain; relationship: Plain; end: Plain }[] }).segments;
      if (segments.length === 0) return '';
      return [text(segments[0]!.start), ...segments.flatMap((s) => [`-[${text(s.relationship)}]-`, text(s.end)])].join(' ');
    }
    default:
      return Object.entries(value)
        .map(([k, v]) => `${k}: ${text(v)}`)
        .join(', ');
  }
}

/** Numbers and booleans as they are (a negative number is no formula); everything else as defused text. */
function valueCell(value: Plain): string {
  return typeof value === 'number' || typeof value === 'boolean' ? String(value) : cell(text(value));
}

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
