MATCH (p:Person {id: $id})
RETURN p.name AS name, toString(p.deathDate) AS deathDate
