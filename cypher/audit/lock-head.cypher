// Takes the audit chain's write lock (appends are serialised) and returns its head.
MERGE (h:AuditHead {id: 'head'})
ON CREATE SET h.seq = 0, h.hash = $genesis
SET h.locks = coalesce(h.locks, 0) + 1
RETURN h.seq AS seq, h.hash AS hash, h.keyedFrom AS keyedFrom
