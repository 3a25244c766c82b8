MATCH (q:SavedQuery {name: $name})
RETURN q {.name, .title, .description, .source, .timeoutMs, .version, .origin, .owner, .updatedBy,
          createdAt: toString(q.createdAt), updatedAt: toString(q.updatedAt)} AS query
