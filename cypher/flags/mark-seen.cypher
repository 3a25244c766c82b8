// Remembers the version a user last looked at ("changed since you last looked").
MATCH (u:User {username: $username})
MATCH (fl:Flag {id: $id})
MERGE (u)-[s:SAW_FLAG]->(fl)
SET s.version = $version, s.at = datetime($now)
