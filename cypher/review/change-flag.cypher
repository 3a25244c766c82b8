// A status change or (re-)assignment, guarded by the status it was decided on. The flag's write
// lock is taken first (SET), then the status is compared: of concurrent changes exactly one sees
// the status it was decided on and wins; the others return no row. Leaving review without
// reporting withdraws a report's approval; a dismissal records the date the scanner's reopen rule
// compares new evidence with.
MATCH (fl:Flag {id: $id})
SET fl.writeSeq = coalesce(fl.writeSeq, 0) + 1  // takes the write lock before anything is compared
WITH fl
WHERE fl.status = $fromStatus AND ($kind <> 'assign' OR coalesce(fl.assignee, '') = coalesce($fromAssignee, ''))
SET fl.status = $toStatus, fl.assignee = $assignee, fl.updatedAt = datetime($now),
    fl.dismissedAt = CASE WHEN $toStatus = 'DISMISSED' THEN date($today) ELSE fl.dismissedAt END
CREATE (fl)-[:HAS_EVENT]->(:FlagEvent {id: $eventId, at: datetime($now), actor: $actor, kind: $kind,
                                       fromStatus: $fromStatus, toStatus: $toStatus, assignee: $assignee, note: $note})
WITH fl
OPTIONAL MATCH (fl)-[:HAS_REPORT]->(r:Report {status: 'APPROVED'})
WHERE $toStatus <> 'IN_REVIEW'
FOREACH (x IN CASE WHEN r IS NULL THEN [] ELSE [r] END |
  SET x.status = 'DRAFT', x.approvedBy = null, x.approvedAt = null, x.approvedVersion = null, x.approvedFlagVersion = null)
RETURN fl.status AS status
