// Test only (inside a transaction that is rolled back): replaces entries with forged ones that
// have recomputed hashes, and moves the head to the last of them, as an attacker with write
// access to Neo4j (but not the audit key) would.
UNWIND $events AS ev
MATCH (e:AuditEvent {seq: ev.seq})
REMOVE e:AuditEvent SET e:SwappedAuditEvent
WITH ev
CREATE (:AuditEvent {seq: ev.seq, at: datetime(ev.at), atText: ev.at, actor: ev.actor, role: ev.role, operation: ev.operation,
        personIds: ev.personIds, purpose: ev.purpose, requestId: ev.requestId, outcome: ev.outcome, detail: ev.detail,
        prevHash: ev.prevHash, hash: ev.hash})
WITH count(*) AS forged
MATCH (h:AuditHead {id: 'head'})
SET h.seq = $headSeq, h.hash = $headHash
RETURN forged
