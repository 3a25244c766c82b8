// Creates a saved query; returns nothing when the name is taken.
OPTIONAL MATCH (existing:SavedQuery {name: $query.name})
WITH existing WHERE existing IS NULL
CREATE (q:SavedQuery)
SET q = $query, q.version = 1, q.createdAt = datetime($now), q.updatedAt = datetime($now)
RETURN q.name AS name
