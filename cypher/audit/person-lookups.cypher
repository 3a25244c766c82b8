// Data-subject access: every look-up of one person, oldest first (entries on the chain only).
OPTIONAL MATCH (h:AuditHead {id: 'head'})
WITH coalesce(h.seq, 0) AS headSeq
MATCH (e:AuditEvent)
WHERE $personId IN e.personIds AND e.seq <= headSeq
RETURN e {.seq, at: toString(e.at), .actor, .role, .operation, .purpose, .outcome} AS event
ORDER BY e.seq
