// Test only: removes the forged entry and puts the original back.
OPTIONAL MATCH (f:ForgedAuditEvent {seq: $seq})
DETACH DELETE f
WITH count(*) AS removed
MATCH (e:SwappedAuditEvent {seq: $seq})
REMOVE e:SwappedAuditEvent SET e:AuditEvent
