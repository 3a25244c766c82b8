// An administrator's change to a user (profile, role and scope, (de)activation, unlock, password
// reset). The user's write lock is taken FIRST, then the version the administrator read is
// checked: of concurrent changes exactly one applies; the others get ok = false and the version
// now stored. Revoking bumps sessionVersion, so every token issued before stops working at once.
MATCH (u:User {username: $username})
SET u.lockSeq = coalesce(u.lockSeq, 0) + 1
WITH u, coalesce(u.version, 0) = $version AS ok
FOREACH (_ IN CASE WHEN ok THEN [1] ELSE [] END |
  SET u += $changes, u.version = coalesce(u.version, 0) + 1, u.updatedAt = datetime($now), u.updatedBy = $actor,
      u.sessionVersion = u.sessionVersion + CASE WHEN $revoke THEN 1 ELSE 0 END)
RETURN ok, coalesce(u.version, 0) AS version
