// Test only (inside a transaction that is rolled back): moves the keyed-from mark, keeping its MAC.
MATCH (h:AuditHead {id: 'head'})
SET h.keyedFrom = $keyedFrom
RETURN h.keyedFrom AS keyedFrom
