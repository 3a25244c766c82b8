// The user has seen the inbox: later flags are marked new on the next visit.
MATCH (u:User {username: $username})
SET u.lastSeenInboxAt = datetime($now)
RETURN toString(u.lastSeenInboxAt) AS lastSeenInboxAt
