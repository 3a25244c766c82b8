// Revoking is final; a second revoke keeps the first time and admin.
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime($now)), k.revokedBy = coalesce(k.revokedBy, $actor)
RETURN k.id AS id
