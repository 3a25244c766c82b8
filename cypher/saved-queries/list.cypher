// Saved queries by name; $names limits them (an API key's scope), $search matches name, title and description.
MATCH (q:SavedQuery)
WHERE ($names IS NULL OR q.name IN $names)
  AND ($search IS NULL OR toLower(q.name + ' ' + q.title + ' ' + q.description) CONTAINS toLower($search))
OPTIONAL MATCH (saver:User {username: q.updatedBy})
RETURN q {.name, .title, .description, .source, .timeoutMs, .version, .origin, .owner, .updatedBy,
          createdAt: toString(q.createdAt), updatedAt: toString(q.updatedAt), updatedByName: saver.fullName} AS query
ORDER BY q.name
LIMIT $limit
