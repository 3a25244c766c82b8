// One person by id (null row set when missing).
MATCH (p:Person {id: $id})
RETURN p.id AS id, p.name AS name, p.sex AS sex, p.birthDate AS birthDate, p.deathDate AS deathDate
