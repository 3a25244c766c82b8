// Appends a group of chained entries (the head was locked by lock-head in the same transaction)
// and moves the head to the last of them.
MATCH (h:AuditHead {id: 'head'})
SET h.seq = $lastSeq, h.hash = $lastHash
WITH h
UNWIND $events AS event
CREATE (e:AuditEvent {seq: event.seq, at: datetime(event.at), atText: event.at, actor: event.actor, role: event.role,
                      operation: event.operation, personIds: event.personIds, purpose: event.purpose,
                      requestId: event.requestId, outcome: event.outcome, detail: event.detail,
                      prevHash: event.prevHash, hash: event.hash})
RETURN count(e) AS written
