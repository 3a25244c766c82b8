// The family's persons as they were on $asOf: age (at death for the deceased; null when not yet
// born), address changes up to $asOf (residence periods begun by then, minus one) and flags.
UNWIND $ids AS id
MATCH (p:Person {id: id})
WITH p, date($asOf) AS asOf
RETURN p.id AS id, p.name AS name, p.sex AS sex, p.birthDate AS birthDate, p.deathDate AS deathDate,
       p.birthDate <= asOf AS born,
       (p.deathDate IS NOT NULL AND p.deathDate <= asOf) AS deceased,
       CASE
         WHEN p.birthDate > asOf THEN null
         WHEN p.deathDate IS NOT NULL AND p.deathDate <= asOf THEN duration.inMonths(p.birthDate, p.deathDate).years
         ELSE duration.inMonths(p.birthDate, asOf).years
       END AS age,
       COUNT { (p)-[r:LIVES_AT]->(:Address) WHERE r.from <= asOf } AS periods,
       COLLECT { MATCH (f:Flag)-[:HAS_MEMBER]->(p) RETURN f {.id, .status} ORDER BY f.id LIMIT 20 } AS flags
ORDER BY id
