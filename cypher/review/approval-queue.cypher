// Reports of a district awaiting a second coordinator's approval, which this coordinator did not
// write (no person data: the reference, the receiving municipality, how many children, who asked).
MATCH (fl:Flag {districtCode: $districtCode})-[:HAS_REPORT]->(r:Report {status: 'AWAITING_APPROVAL'})
WHERE fl.status = 'IN_REVIEW' AND NOT $actor IN r.authors
OPTIONAL MATCH (u:User {username: r.requestedBy})
RETURN fl.id AS flagId, r.id AS reportId, r.reference AS reference, r.version AS version,
       r.municipalityCode AS municipalityCode, size(coalesce(r.childIds, [])) AS childCount,
       coalesce(u.fullName, r.requestedBy) + CASE WHEN u.title IS NULL THEN '' ELSE ', ' + u.title END AS requestedByName,
       toString(r.requestedAt) AS requestedAt
ORDER BY r.requestedAt, r.id
LIMIT $limit
