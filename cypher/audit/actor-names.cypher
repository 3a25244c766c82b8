// Who the actors of one page of the audit log are: a user's full name, an API key's name (one
// look-up for the page's distinct actors; staff accounts and keys, not person data).
UNWIND $actors AS actor
OPTIONAL MATCH (u:User {username: actor})
OPTIONAL MATCH (k:ApiKey {id: actor})
RETURN actor, u IS NOT NULL AS isUser, u.fullName AS fullName, k.name AS keyName
