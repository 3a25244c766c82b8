// Households on $asOf: the family's living persons grouped by the address where a residence
// period is current on that date (from <= asOf < to).
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:LIVES_AT]->(a:Address)
WHERE r.from <= date($asOf) AND (r.to IS NULL OR r.to > date($asOf))
  AND (p.deathDate IS NULL OR p.deathDate > date($asOf))
OPTIONAL MATCH (a)-[:IN]->(m:Municipality)
WITH a, m, p ORDER BY p.id
RETURN a.id AS addressId, a.street AS street, a.postalCode AS postalCode, a.city AS city,
       coalesce(m.code, a.municipalityCode) AS municipalityCode, m.name AS municipalityName,
       collect(p.id) AS memberIds
ORDER BY addressId
