// Where each child lives on a date: a report goes to the municipality where the child lives now,
// which may differ from the flag's (the child moved since).
UNWIND $childIds AS cid
MATCH (p:Person {id: cid})-[r:LIVES_AT]->(a:Address)
WHERE r.from <= date($today) AND (r.to IS NULL OR r.to > date($today))
WITH cid, a ORDER BY r.from DESC
WITH cid, collect(a.municipalityCode)[0] AS municipalityCode
RETURN cid AS personId, municipalityCode
