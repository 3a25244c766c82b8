// Sign-out: every token issued before now stops working.
MATCH (u:User {username: $username})
SET u.sessionVersion = u.sessionVersion + 1
RETURN u.sessionVersion AS sessionVersion
