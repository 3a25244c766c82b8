MATCH (k:ApiKey {id: $id})
RETURN k {.id, .name, .keyHash, .queries, .purpose, .organisation, .rateLimitPerMinute, .createdBy, .revokedBy,
          createdAt: toString(k.createdAt), expiresAt: toString(k.expiresAt), revokedAt: toString(k.revokedAt),
          lastUsedAt: toString(k.lastUsedAt)} AS key
