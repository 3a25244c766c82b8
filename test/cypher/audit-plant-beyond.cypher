// Test only (inside a transaction that is rolled back): writes an entry past the head.
MATCH (h:AuditHead {id: 'head'})
CREATE (e:AuditEvent {seq: h.seq + 1, at: datetime(), atText: toString(datetime()), actor: $actor, role: 'admin',
        operation: 'planted', personIds: [], purpose: null, requestId: null, outcome: 'ok', detail: null,
        prevHash: h.hash, hash: h.hash})
RETURN e.seq AS seq
