// A caseworker's decision on a support flag, with its note, kept as history. The flag's write lock
// is taken first, then its state is checked: an offer the family has answered is closed, so a
// decision racing with the answer never overwrites it (ok = false).
MATCH (fl:SupportFlag {id: $id, municipalityCode: $municipalityCode})
SET fl.lockSeq = coalesce(fl.lockSeq, 0) + 1
WITH fl, fl.status AS before, fl.status <> 'CLOSED' AS ok
FOREACH (_ IN CASE WHEN ok THEN [1] ELSE [] END |
  SET fl.status = $decision, fl.decidedAt = datetime($now), fl.decidedBy = $actor
  CREATE (fl)-[:HAS_EVENT]->(:SupportFlagEvent {at: datetime($now), actor: $actor, fromStatus: before, decision: $decision,
                                                note: $note}))
RETURN ok, before, fl.status AS status
