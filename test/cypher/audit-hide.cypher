// Test only: makes one audit entry disappear from (or reappear in) the chain.
MATCH (e {seq: $seq})
WHERE e:AuditEvent OR e:HiddenAuditEvent
CALL {
  WITH e
  WITH e WHERE $hide
  REMOVE e:AuditEvent SET e:HiddenAuditEvent
}
CALL {
  WITH e
  WITH e WHERE NOT $hide
  REMOVE e:HiddenAuditEvent SET e:AuditEvent
}
