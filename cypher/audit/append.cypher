MATCH (h:AuditHead {id: 'head'})
CREATE (e:AuditEvent {seq: $event.seq, at: datetime($event.at), atText: $event.at, actor: $event.actor, role: $event.role,
                      operation: $event.operation, personIds: $event.personIds, purpose: $event.purpose,
                      requestId: $event.requestId, outcome: $event.outcome, detail: $event.detail,
                      prevHash: $event.prevHash, hash: $event.hash})
SET h.seq = $event.seq, h.hash = $event.hash
RETURN e.seq AS seq
