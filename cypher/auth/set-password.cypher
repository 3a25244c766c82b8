MATCH (u:User {username: $username})
SET u.passwordHash = $passwordHash, u.sessionVersion = u.sessionVersion + 1, u.failedAttempts = 0, u.lockedUntil = null
RETURN u.username AS username
