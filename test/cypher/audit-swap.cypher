// Test only: puts a forged entry in the place of seq; the original is set aside.
MATCH (e:AuditEvent {seq: $seq})
REMOVE e:AuditEvent SET e:SwappedAuditEvent
CREATE (:AuditEvent:ForgedAuditEvent {seq: $forged.seq, at: datetime($forged.at), actor: $forged.actor, role: $forged.role,
        operation: $forged.operation, personIds: $forged.personIds, purpose: $forged.purpose, requestId: $forged.requestId,
        outcome: $forged.outcome, detail: $forged.detail, prevHash: $forged.prevHash, hash: $forged.hash})
