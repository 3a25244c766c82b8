// A status change or (re-)assignment, guarded by the status it was decided on (a concurrent change
// returns no row). Leaving review without reporting withdraws a report's approval; a dismissal
// records the date the scanner's reopen rule compares new evidence with.
MATCH (fl:Flag {id: $id})
WHERE fl.status = $fromStatus
SET fl.status = $toStatus, fl.assignee = $assignee, fl.updatedAt = datetime($now),
    fl.dismissedAt = CASE WHEN $toStatus = 'DISMISSED' THEN date($today) ELSE fl.dismissedAt END
CREATE (fl)-[:HAS_EVENT]->(:FlagEvent {id: $eventId, at: datetime($now), actor: $actor, kind: $kind,
                                       fromStatus: $fromStatus, toStatus: $toStatus, assignee: $assignee, note: $note})
WITH fl
OPTIONAL MATCH (fl)-[:HAS_REPORT]->(r:Report {status: 'APPROVED'})
WHERE $toStatus <> 'IN_REVIEW'
FOREACH (x IN CASE WHEN r IS NULL THEN [] ELSE [r] END |
  SET x.status = 'DRAFT', x.approvedBy = null, x.approvedAt = null, x.approvedVersion = null)
RETURN fl.status AS status
