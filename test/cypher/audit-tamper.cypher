// Test only: alters (or restores) one audit entry's content without fixing its hash.
MATCH (e:AuditEvent {seq: $seq})
SET e.origDetail = CASE WHEN $mode = 'edit' THEN coalesce(e.origDetail, e.detail) ELSE null END,
    e.detail = CASE WHEN $mode = 'edit' THEN '{"tampered":true}' ELSE coalesce(e.origDetail, e.detail) END
