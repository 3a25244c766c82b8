// The municipality's feedback on a report that was sent (it may be corrected; history keeps both).
MATCH (fl:Flag {id: $flagId})
SET fl.writeSeq = coalesce(fl.writeSeq, 0) + 1  // takes the write lock before anything is compared
WITH fl
MATCH (fl)-[:HAS_REPORT]->(r:Report {id: $reportId, status: 'REPORTED'})
SET r.outcome = $outcome, r.outcomeNote = $note, r.outcomeAt = datetime($now), r.outcomeBy = $actor
CREATE (fl)-[:HAS_EVENT]->(:FlagEvent {id: $eventId, at: datetime($now), actor: $actor, kind: 'outcome',
                                       fromStatus: fl.status, toStatus: fl.status, assignee: fl.assignee,
                                       outcome: $outcome, note: $note})
RETURN r.id AS id
