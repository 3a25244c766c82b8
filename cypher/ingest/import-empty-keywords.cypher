// After `npm run import`: neo4j-admin stores no property for an empty list, the ingest stores
// `keywords: []` (cypher/ingest/upsert-cases.cypher); the cases the file sent with no keywords get it.
UNWIND $ids AS id
MATCH (c:Case {id: id})
SET c.keywords = []
RETURN count(c) AS cases
