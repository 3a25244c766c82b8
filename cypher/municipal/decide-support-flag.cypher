// A caseworker's decision on a support flag, with its note, kept as history.
MATCH (fl:SupportFlag {id: $id, municipalityCode: $municipalityCode})
WITH fl, fl.status AS before
SET fl.status = $decision, fl.decidedAt = datetime($now), fl.decidedBy = $actor
CREATE (fl)-[:HAS_EVENT]->(:SupportFlagEvent {at: datetime($now), actor: $actor, fromStatus: before, decision: $decision, note: $note})
RETURN before, fl.status AS status
