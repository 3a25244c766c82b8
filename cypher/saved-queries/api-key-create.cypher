// The key itself is never stored: only its SHA-256.
CREATE (k:ApiKey {id: $key.id, name: $key.name, keyHash: $key.keyHash, queries: $key.queries, purpose: $key.purpose, organisation: $key.organisation,
                  rateLimitPerMinute: $key.rateLimitPerMinute, createdBy: $key.createdBy,
                  createdAt: datetime($now), expiresAt: datetime($key.expiresAt)})
RETURN k.id AS id
