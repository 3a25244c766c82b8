// Appends a group of chained entries in one auto-commit round trip, if the chain's head is still
// the one the group was chained to ($expectedSeq, $expectedHash: the head this API process wrote
// last). The head's write lock is taken first (SET), so the check reads the committed head; when
// another writer (a CLI, a second API instance) has moved it, nothing is written (written = 0) and
// the caller appends through lock-head + append-batch instead.
MATCH (h:AuditHead {id: 'head'})
SET h.locks = coalesce(h.locks, 0) + 1
WITH h
WHERE h.seq = $expectedSeq AND h.hash = $expectedHash
SET h.seq = $lastSeq, h.hash = $lastHash
WITH h
UNWIND $events AS event
CREATE (e:AuditEvent {seq: event.seq, at: datetime(event.at), atText: event.at, actor: event.actor, role: event.role,
                      operation: event.operation, personIds: event.personIds, purpose: event.purpose,
                      requestId: event.requestId, outcome: event.outcome, detail: event.detail,
                      prevHash: event.prevHash, hash: event.hash})
RETURN count(e) AS written
