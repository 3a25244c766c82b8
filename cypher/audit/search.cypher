// Admin search of the audit log, newest first; only entries on the chain (up to its head). Each
// entry names its persons (null when the person is gone, e.g. deleted by retention).
OPTIONAL MATCH (h:AuditHead {id: 'head'})
WITH coalesce(h.seq, 0) AS headSeq
MATCH (e:AuditEvent)
WHERE e.seq <= headSeq
  AND ($actor IS NULL OR e.actor = $actor)
  AND ($operation IS NULL OR e.operation = $operation)
  AND ($personId IS NULL OR $personId IN e.personIds)
  AND ($from IS NULL OR e.at >= datetime($from))
  AND ($to IS NULL OR e.at < datetime($to))
  AND ($beforeSeq IS NULL OR e.seq < $beforeSeq)
WITH e
ORDER BY e.seq DESC
LIMIT $limit
CALL {
  WITH e
  UNWIND coalesce(e.personIds, []) AS pid
  OPTIONAL MATCH (p:Person {id: pid})
  RETURN collect({id: pid, name: p.name}) AS persons
}
RETURN e {.seq, at: toString(e.at), .actor, .role, .operation, .personIds, .purpose, .requestId, .outcome, .detail, persons: persons} AS event
ORDER BY e.seq DESC
