// Saved queries by name; $names limits them (an API key's scope), $search matches name, title and description.
MATCH (q:SavedQuery)
WHERE ($names IS NULL OR q.name IN $names)
  AND ($search IS NULL OR toLower(q.name + ' ' + q.title + ' ' + q.description) CONTAINS toLower($search))
RETURN q {.name, .title, .description, .source, .timeoutMs, .version, .origin, .owner, .updatedBy,
          createdAt: toString(q.createdAt), updatedAt: toString(q.updatedAt)} AS query
ORDER BY q.name
LIMIT $limit
