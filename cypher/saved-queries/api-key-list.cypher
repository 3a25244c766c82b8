// Every API key, newest first (without the hash).
MATCH (k:ApiKey)
RETURN k {.id, .name, .queries, .purpose, .organisation, .rateLimitPerMinute, .createdBy, .revokedBy,
          createdAt: toString(k.createdAt), expiresAt: toString(k.expiresAt), revokedAt: toString(k.revokedAt),
          lastUsedAt: toString(k.lastUsedAt)} AS key
ORDER BY k.createdAt DESC
LIMIT $limit
