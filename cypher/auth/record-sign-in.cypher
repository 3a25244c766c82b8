MATCH (u:User {username: $username})
SET u.failedAttempts = 0, u.lockedUntil = null, u.lastSignInAt = datetime($now)
RETURN u.sessionVersion AS sessionVersion
