// Creates a shipped saved query (cypher/queries/) unless one of that name exists: an admin's edits win.
MERGE (q:SavedQuery {name: $query.name})
ON CREATE SET q += $query, q.version = 1, q.createdAt = datetime($now), q.updatedAt = datetime($now)
RETURN q.createdAt = datetime($now) AS created
