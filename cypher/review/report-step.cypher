// One step of the four-eyes workflow on a report: request approval (an author), approve or return
// (never an author). Takes the report's write lock FIRST and only then checks status, version and
// authorship, so of many concurrent steps exactly one finds the state it expects; the others get
// ok = false with the state as it is now. An approval fixes the recipient (the children's
// municipality now) and the flag version the report cites.
MATCH (fl:Flag {id: $flagId})-[:HAS_REPORT]->(r:Report {id: $reportId})
SET r.lockSeq = coalesce(r.lockSeq, 0) + 1
WITH fl, r, $actor IN r.authors AS isAuthor
WITH fl, r, isAuthor,
     fl.status = 'IN_REVIEW' AND r.status IN $from AND r.version = $version
       AND (($who = 'author' AND isAuthor) OR ($who = 'other' AND NOT isAuthor)) AS ok
FOREACH (_ IN CASE WHEN ok THEN [1] ELSE [] END |
  SET r.status = $to,
      r.requestedBy = CASE WHEN $to = 'AWAITING_APPROVAL' THEN $actor ELSE r.requestedBy END,
      r.requestedAt = CASE WHEN $to = 'AWAITING_APPROVAL' THEN datetime($now) ELSE r.requestedAt END,
      r.approvedBy = CASE WHEN $to = 'APPROVED' THEN $actor ELSE null END,
      r.approvedAt = CASE WHEN $to = 'APPROVED' THEN datetime($now) ELSE null END,
      r.approvedVersion = CASE WHEN $to = 'APPROVED' THEN r.version ELSE null END,
      r.approvedFlagVersion = CASE WHEN $to = 'APPROVED' THEN r.flagVersion ELSE null END,
      r.municipalityCode = CASE WHEN $to = 'APPROVED' AND $municipalityCode IS NOT NULL THEN $municipalityCode
                                ELSE r.municipalityCode END,
      r.approverName = CASE WHEN $to = 'APPROVED' THEN $actorName ELSE null END,
      r.issueDate = CASE WHEN $to = 'APPROVED' THEN date($today) ELSE null END,
      r.senderContact = CASE WHEN $to = 'APPROVED' THEN $senderContact ELSE null END,
      r.returnedBy = CASE WHEN $to = 'RETURNED' THEN $actor ELSE r.returnedBy END,
      r.returnedByName = CASE WHEN $to = 'RETURNED' THEN $actorName ELSE r.returnedByName END,
      r.returnedAt = CASE WHEN $to = 'RETURNED' THEN datetime($now) ELSE r.returnedAt END,
      r.returnComment = CASE WHEN $to = 'RETURNED' THEN $comment ELSE r.returnComment END
  CREATE (fl)-[:HAS_EVENT]->(:FlagEvent {id: $eventId, at: datetime($now), actor: $actor, kind: $kind,
                                         fromStatus: fl.status, toStatus: fl.status, assignee: fl.assignee, note: $note}))
RETURN ok, isAuthor, fl.status AS flagStatus, r.status AS status, r.version AS version
