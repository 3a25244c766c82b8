MATCH (q:SavedQuery {name: $name})
OPTIONAL MATCH (saver:User {username: q.updatedBy})
RETURN q {.name, .title, .description, .source, .timeoutMs, .version, .origin, .owner, .updatedBy,
          createdAt: toString(q.createdAt), updatedAt: toString(q.updatedAt), updatedByName: saver.fullName} AS query
