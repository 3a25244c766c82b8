// Test only (inside a transaction that is rolled back): deletes the tail from $fromSeq on (here:
// relabels it) and moves the head back to the entry before it.
MATCH (e:AuditEvent)
WHERE e.seq >= $fromSeq
REMOVE e:AuditEvent SET e:HiddenAuditEvent
WITH count(*) AS hidden
MATCH (last:AuditEvent {seq: $fromSeq - 1}), (h:AuditHead {id: 'head'})
SET h.seq = last.seq, h.hash = last.hash
RETURN hidden
