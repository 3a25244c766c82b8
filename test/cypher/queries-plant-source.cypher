// Replaces (or writes) a saved query's text behind the API's back: the run must check it again.
MERGE (q:SavedQuery {name: $name})
SET q.title = 'planted', q.description = 'planted', q.source = $source, q.version = coalesce(q.version, 0) + 1, q.origin = 'admin',
    q.owner = 'test', q.updatedBy = 'test', q.createdAt = coalesce(q.createdAt, datetime($now)), q.updatedAt = datetime($now)
RETURN q.name AS name
