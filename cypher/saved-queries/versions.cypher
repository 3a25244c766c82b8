// Earlier versions of a saved query, newest first.
MATCH (:SavedQuery {name: $name})-[:HAS_VERSION]->(v:SavedQueryVersion)
OPTIONAL MATCH (saver:User {username: v.savedBy})
RETURN v {.name, .version, .title, .description, .source, .savedBy, savedAt: toString(v.savedAt), savedByName: saver.fullName} AS version
ORDER BY version.version DESC
LIMIT $limit
