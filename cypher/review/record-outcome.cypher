// The municipality's feedback on a report that was sent (it may be corrected; history keeps both).
MATCH (fl:Flag {id: $flagId})-[:HAS_REPORT]->(r:Report {status: 'REPORTED'})
WHERE fl.status = 'REPORTED'
SET r.outcome = $outcome, r.outcomeNote = $note, r.outcomeAt = datetime($now), r.outcomeBy = $actor
CREATE (fl)-[:HAS_EVENT]->(:FlagEvent {id: $eventId, at: datetime($now), actor: $actor, kind: 'outcome',
                                       fromStatus: fl.status, toStatus: fl.status, assignee: fl.assignee,
                                       outcome: $outcome, note: $note})
RETURN r.id AS id
