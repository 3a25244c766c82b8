// Deletes a saved query with its versions; returns nothing when there is none.
MATCH (q:SavedQuery {name: $name})
OPTIONAL MATCH (q)-[:HAS_VERSION]->(v:SavedQueryVersion)
WITH q, q.name AS name, collect(v) AS versions
FOREACH (v IN versions | DETACH DELETE v)
DETACH DELETE q
RETURN name
