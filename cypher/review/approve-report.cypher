// The second pair of eyes: approves the version the approver read; never one of its authors.
MATCH (fl:Flag {id: $flagId})-[:HAS_REPORT]->(r:Report)
WHERE fl.status = 'IN_REVIEW' AND r.status = 'DRAFT' AND r.version = $version AND NOT $actor IN r.authors
SET r.status = 'APPROVED', r.approvedBy = $actor, r.approvedAt = datetime($now), r.approvedVersion = r.version
CREATE (fl)-[:HAS_EVENT]->(:FlagEvent {id: $eventId, at: datetime($now), actor: $actor, kind: 'report-approved',
                                       fromStatus: fl.status, toStatus: fl.status, assignee: fl.assignee, note: $note})
RETURN r.id AS id
