// Data-subject access: every audited read that returned this person (searches, views, exports,
// saved-query runs), oldest first — by police users ($municipalityCode null) or by the users of
// one municipality.
MATCH (e:AuditEvent)
WHERE $personId IN e.personIds
OPTIONAL MATCH (u:User {username: e.actor})
WITH e, u
WHERE ($municipalityCode IS NULL AND (u IS NULL OR u.municipalityCode IS NULL))
   OR ($municipalityCode IS NOT NULL AND u.municipalityCode = $municipalityCode)
RETURN e {.seq, at: toString(e.at), .actor, .role, .operation, .purpose, .outcome, .detail} AS event
ORDER BY e.seq
LIMIT $limit
