// The second pair of eyes: approves the version the approver read; never one of its authors. The
// recipient is the children's municipality at approval; the approval covers the flag version the
// report was written on. Lock first, then check: of concurrent approvals exactly one wins.
MATCH (fl:Flag {id: $flagId})
SET fl.writeSeq = coalesce(fl.writeSeq, 0) + 1  // takes the write lock before anything is compared
WITH fl
MATCH (fl)-[:HAS_REPORT]->(r:Report {id: $reportId})
WHERE fl.status = 'IN_REVIEW' AND r.status = 'DRAFT' AND r.version = $version AND NOT $actor IN r.authors
SET r.status = 'APPROVED', r.approvedBy = $actor, r.approvedAt = datetime($now), r.approvedVersion = r.version,
    r.municipalityCode = $municipalityCode, r.approvedFlagVersion = r.flagVersion
CREATE (fl)-[:HAS_EVENT]->(:FlagEvent {id: $eventId, at: datetime($now), actor: $actor, kind: 'report-approved',
                                       fromStatus: fl.status, toStatus: fl.status, assignee: fl.assignee, note: $note})
RETURN r.id AS id
