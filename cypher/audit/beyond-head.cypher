// Entries past the head: appends move the head in the same transaction, so there are none unless
// someone wrote around the chain.
OPTIONAL MATCH (h:AuditHead {id: 'head'})
WITH coalesce(h.seq, 0) AS headSeq
MATCH (e:AuditEvent)
WHERE e.seq > headSeq
RETURN min(e.seq) AS seq
