// Keys the chain from $keyedFrom on (once, under the head lock taken by lock-head): entries before
// it stay SHA-256, every later one is an HMAC. The mark is signed with the audit key.
MATCH (h:AuditHead {id: 'head'})
WHERE h.keyedFrom IS NULL
SET h.keyedFrom = $keyedFrom, h.keyedMac = $keyedMac
RETURN h.keyedFrom AS keyedFrom
