// The saved-query operations of the API (server/src/queries) and the shapes the page uses.

import { gql } from '../gql';
import type { ApiKeysQuery, CheckSavedQueryQuery, RunSavedQueryQuery, SavedQueriesQuery, SavedQueryVersionsQuery } from '../gql/graphql';

// The shapes the page uses, taken from the generated operation types (no hand-written copies).
export type SavedQueryInfo = SavedQueriesQuery['savedQueries'][number];
export type ParameterInfo = SavedQueryInfo['parameters'][number];
export type QueryCheck = CheckSavedQueryQuery['checkSavedQuery'];
export type QueryResult = RunSavedQueryQuery['runSavedQuery'];
export type ResultGraph = NonNullable<QueryResult['graph']>;
export type ResultNode = ResultGraph['nodes'][number];
export type ResultEdge = ResultGraph['edges'][number];
export type VersionInfo = SavedQueryVersionsQuery['savedQueryVersions'][number];
export type ApiKeyInfo = ApiKeysQuery['apiKeys'][number];

gql(`fragment ParameterFields on SavedQueryParameter { name type required defaultValue min max description }`);
gql(`fragment SavedQueryFields on SavedQuery {
  name title description source timeoutMs scopes version origin owner updatedAt updatedBy updatedByName parameters { ...ParameterFields }
}`);

export const SAVED_QUERIES = gql(`query SavedQueries($search: String) { savedQueries(search: $search) { ...SavedQueryFields } }`);

export const RUN_SAVED_QUERY = gql(`query RunSavedQuery($name: String!, $params: JSON, $limit: Int) {
  runSavedQuery(name: $name, params: $params, limit: $limit) {
    name version columns rows rowCount truncated truncatedBy rowCap maxBytes elapsedMs csv
    graph { truncated nodes { id labels caption personId properties } edges { id type source target properties } }
  }
}`);

export const CHECK_SAVED_QUERY = gql(`query CheckSavedQuery($source: String!) {
  checkSavedQuery(source: $source) { ok compiles readOnly queryType reasons warnings name title parameters { ...ParameterFields } }
}`);

export const SAVE_SAVED_QUERY = gql(`mutation SaveSavedQuery($source: String!, $expectedVersion: Int) {
  saveSavedQuery(source: $source, expectedVersion: $expectedVersion) { ...SavedQueryFields }
}`);

export const DELETE_SAVED_QUERY = gql(`mutation DeleteSavedQuery($name: String!) { deleteSavedQuery(name: $name) }`);

export const SAVED_QUERY_VERSIONS = gql(`query SavedQueryVersions($name: String!) {
  savedQueryVersions(name: $name) { version title source savedBy savedByName savedAt }
}`);

gql(
  `fragment ApiKeyFields on ApiKey { id name queries purpose organisation rateLimitPerMinute status createdBy createdAt expiresAt lastUsedAt }`,
);
export const API_KEYS = gql(`query ApiKeys { apiKeys { ...ApiKeyFields } }`);
export const CREATE_API_KEY = gql(
  `mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { ...ApiKeyFields } } }`,
);
export const REVOKE_API_KEY = gql(`mutation RevokeApiKey($id: String!) { revokeApiKey(id: $id) { ...ApiKeyFields } }`);

/** A new query as the editor starts it: the header format of cypher/queries/. */
export const NEW_QUERY_TEMPLATE = `// name: my-query
// title.da: En titel, folk forstår
// title.en: A title people understand
// description.da: Hvad den finder, og til hvilket spørgsmål.
// description.en: What it finds, and for which question.
// param personId: personId — da: personen | en: the person
MATCH (p:Person {id: $personId})
RETURN p.id AS personId, p.name AS name
`;
