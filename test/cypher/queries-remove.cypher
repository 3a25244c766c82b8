// Removes this test's saved queries (with their versions) and API keys: names start with the prefix.
OPTIONAL MATCH (q:SavedQuery) WHERE q.name STARTS WITH $prefix
OPTIONAL MATCH (q)-[:HAS_VERSION]->(v:SavedQueryVersion)
OPTIONAL MATCH (k:ApiKey) WHERE k.name STARTS WITH $prefix
DETACH DELETE q, v, k
