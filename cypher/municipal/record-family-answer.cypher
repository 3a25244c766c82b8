// The family's answer to an offer of support (accepted, declined, no answer), which closes the
// offer. The flag's write lock is taken first, then its state is checked: of concurrent answers
// exactly one is recorded; the others see the answer already there (ok = false).
MATCH (fl:SupportFlag {id: $id, municipalityCode: $municipalityCode})
SET fl.lockSeq = coalesce(fl.lockSeq, 0) + 1
WITH fl, fl.status AS before, fl.status = 'OFFER_SUPPORT' AND fl.familyAnswer IS NULL AS ok
FOREACH (_ IN CASE WHEN ok THEN [1] ELSE [] END |
  SET fl.status = 'CLOSED', fl.familyAnswer = $answer, fl.familyAnswerDate = date($answerDate),
      fl.familyAnswerNote = $note, fl.closedAt = datetime($now), fl.closedBy = $actor
  CREATE (fl)-[:HAS_EVENT]->(:SupportFlagEvent {at: datetime($now), actor: $actor, fromStatus: before,
                                                decision: 'FAMILY_' + $answer, note: $note, answerDate: date($answerDate)}))
RETURN ok, before, fl.status AS status, fl.familyAnswer AS answer
