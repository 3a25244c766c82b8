// Earlier versions of a saved query, newest first.
MATCH (:SavedQuery {name: $name})-[:HAS_VERSION]->(v:SavedQueryVersion)
RETURN v {.name, .version, .title, .description, .source, .savedBy, savedAt: toString(v.savedAt)} AS version
ORDER BY v.version DESC
LIMIT $limit
