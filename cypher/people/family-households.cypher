// Households on $asOf: every address where one of the family's living persons is registered on
// that date, with everyone registered there on that date (kin or not: lodgers, a partner's
// child, other adults). Residents are listed oldest registration first, at most $limit per
// address; residentCount tells how many there are in all.
UNWIND $ids AS id
MATCH (:Person {id: id})-[r:LIVES_AT]->(a:Address)
WHERE r.from <= date($asOf) AND (r.to IS NULL OR r.to > date($asOf))
WITH DISTINCT a
MATCH (p:Person)-[r:LIVES_AT]->(a)
WHERE r.from <= date($asOf) AND (r.to IS NULL OR r.to > date($asOf))
  AND p.birthDate <= date($asOf)
  AND (p.deathDate IS NULL OR p.deathDate > date($asOf))
WITH a, p, min(r.from) AS since
ORDER BY since, p.id
WITH a, collect({personId: p.id, since: since}) AS residents
OPTIONAL MATCH (a)-[:IN]->(m:Municipality)
RETURN a.id AS addressId, a.street AS street, a.postalCode AS postalCode, a.city AS city,
       coalesce(m.code, a.municipalityCode) AS municipalityCode, m.name AS municipalityName,
       residents[..$limit] AS residents, size(residents) AS residentCount
ORDER BY addressId
