// Police cases of the given persons as counts by category (shared to a municipality only under a sharing basis).
UNWIND $personIds AS pid
MATCH (p:Person {id: pid})-[:INVOLVED_IN]->(c:Case)
WHERE c.occurredAt < datetime({date: date($asOf)}) + duration({days: 1})
  AND c.occurredAt > datetime({date: date($asOf) - duration({years: 5})})
RETURN p.id AS personId, c.category AS category, count(DISTINCT c) AS cases
ORDER BY personId, category
