// One more failed attempt; at $maxAttempts the account locks until $lockedUntil.
MATCH (u:User {username: $username})
SET u.failedAttempts = coalesce(u.failedAttempts, 0) + 1
SET u.lockedUntil = CASE WHEN u.failedAttempts >= $maxAttempts THEN datetime($lockedUntil) ELSE u.lockedUntil END
RETURN u.failedAttempts AS failedAttempts, toString(u.lockedUntil) AS lockedUntil
