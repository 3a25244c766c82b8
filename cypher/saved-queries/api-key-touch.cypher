MATCH (k:ApiKey {id: $id})
SET k.lastUsedAt = datetime($now)
RETURN k.id AS id
