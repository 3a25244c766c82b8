// Names of persons who have left a flag (for "what changed").
UNWIND $ids AS pid
MATCH (p:Person {id: pid})
RETURN p.id AS id, p.name AS name
