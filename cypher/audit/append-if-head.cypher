// Appends a group of chained entries if the chain's head is still the one the group was chained to
// ($expectedSeq, $expectedHash) and moves the head to the last of them. The head's write lock is
// taken first (SET), so the check reads the committed head. Alone, in one auto-commit round trip,
// with the head the API process wrote last: when another writer (a CLI, a second API instance) has
// moved it, nothing is written (written = 0) and the caller appends under lock-head instead, in
// whose transaction this statement always writes.
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
