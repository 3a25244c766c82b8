// A person's residence periods, newest first; $limit is the cap plus one (to tell truncation).
MATCH (:Person {id: $id})-[r:LIVES_AT]->(a:Address)
OPTIONAL MATCH (a)-[:IN]->(m:Municipality)
RETURN a.id AS addressId, a.street AS street, a.postalCode AS postalCode, a.city AS city,
       coalesce(m.code, a.municipalityCode) AS municipalityCode, m.name AS municipalityName,
       r.from AS from, r.to AS to
ORDER BY r.from DESC, a.id
LIMIT $limit
