// Keeps the current text as a version, then writes the new one (the caller holds the lock and checked the version).
MATCH (q:SavedQuery {name: $name})
CREATE (q)-[:HAS_VERSION]->(:SavedQueryVersion {name: q.name, version: q.version, title: q.title, description: q.description,
                                               source: q.source, savedAt: q.updatedAt, savedBy: q.updatedBy})
SET q.title = $query.title, q.description = $query.description, q.source = $query.source, q.timeoutMs = $query.timeoutMs,
    q.updatedBy = $query.updatedBy, q.version = q.version + 1, q.updatedAt = datetime($now)
RETURN q.version AS version
