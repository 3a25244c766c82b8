// Data-subject access: every look-up of one person, oldest first.
MATCH (e:AuditEvent)
WHERE $personId IN e.personIds
RETURN e {.seq, at: toString(e.at), .actor, .role, .operation, .purpose, .outcome} AS event
ORDER BY e.seq
