// The saved-query operations of the API (server/src/queries) and the shapes the page uses.

export interface ParameterInfo {
  name: string;
  type: string;
  required: boolean;
  defaultValue: unknown;
  min: unknown;
  max: unknown;
  description: string;
}

export interface SavedQueryInfo {
  name: string;
  title: string;
  description: string;
  source: string;
  parameters: ParameterInfo[];
  timeoutMs: number | null;
  /** national, police-district, municipality: who may run it */
  scopes: string[];
  version: number;
  origin: string;
  owner: string;
  updatedAt: string;
  updatedBy: string;
}

export interface QueryCheck {
  ok: boolean;
  compiles: boolean;
  readOnly: boolean;
  queryType: string | null;
  reasons: string[];
  warnings: string[];
  name: string | null;
  title: string | null;
  parameters: ParameterInfo[];
}

export interface ResultNode {
  id: string;
  labels: string[];
  caption: string;
  personId: string | null;
  properties: Record<string, unknown>;
}

export interface ResultEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface ResultGraph {
  nodes: ResultNode[];
  edges: ResultEdge[];
  truncated: boolean;
}

export interface QueryResult {
  name: string;
  version: number;
  columns: string[];
  rows: unknown[][];
  rowCount: number;
  truncated: boolean;
  /** rows (the row cap) or bytes (the size cap per result) */
  truncatedBy: string | null;
  rowCap: number;
  maxBytes: number;
  elapsedMs: number;
  graph: ResultGraph | null;
  csv: string;
}

export interface VersionInfo {
  version: number;
  title: string;
  source: string;
  savedBy: string;
  savedAt: string;
}

export interface ApiKeyInfo {
  id: string;
  name: string;
  queries: string[];
  purpose: string;
  /** district:<code> or municipality:<code>; null for an old key that may run nothing */
  organisation: string | null;
  rateLimitPerMinute: number;
  status: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
}

const PARAMETER = 'name type required defaultValue min max description';
const QUERY = `name title description source timeoutMs scopes version origin owner updatedAt updatedBy parameters { ${PARAMETER} }`;

export const SAVED_QUERIES = `query SavedQueries($search: String) { savedQueries(search: $search) { ${QUERY} } }`;

export const RUN_SAVED_QUERY = `query RunSavedQuery($name: String!, $params: JSON, $limit: Int) {
  runSavedQuery(name: $name, params: $params, limit: $limit) {
    name version columns rows rowCount truncated truncatedBy rowCap maxBytes elapsedMs csv
    graph { truncated nodes { id labels caption personId properties } edges { id type source target properties } }
  }
}`;

export const CHECK_SAVED_QUERY = `query CheckSavedQuery($source: String!) {
  checkSavedQuery(source: $source) { ok compiles readOnly queryType reasons warnings name title parameters { ${PARAMETER} } }
}`;

export const SAVE_SAVED_QUERY = `mutation SaveSavedQuery($source: String!, $expectedVersion: Int) {
  saveSavedQuery(source: $source, expectedVersion: $expectedVersion) { ${QUERY} }
}`;

export const DELETE_SAVED_QUERY = `mutation DeleteSavedQuery($name: String!) { deleteSavedQuery(name: $name) }`;

export const SAVED_QUERY_VERSIONS = `query SavedQueryVersions($name: String!) {
  savedQueryVersions(name: $name) { version title source savedBy savedAt }
}`;

const KEY = 'id name queries purpose organisation rateLimitPerMinute status createdBy createdAt expiresAt lastUsedAt';
export const API_KEYS = `query ApiKeys { apiKeys { ${KEY} } }`;
export const CREATE_API_KEY = `mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { ${KEY} } } }`;
export const REVOKE_API_KEY = `mutation RevokeApiKey($id: String!) { revokeApiKey(id: $id) { ${KEY} } }`;

/** A new query as the editor starts it: the header format of cypher/queries/. */
export const NEW_QUERY_TEMPLATE = `// name: my-query
// title: A title people understand
// description: What it finds, and for which question.
// param personId: personId — the person
MATCH (p:Person {id: $personId})
RETURN p.id AS personId, p.name AS name
`;
