// A person with many relatives, for the family benchmark.
MATCH (p:Person)-[:PARENT_OF]->(:Person)
WITH p, count(*) AS children
ORDER BY children DESC, p.id
LIMIT 1
RETURN p.id AS personId
