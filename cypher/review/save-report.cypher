// Creates or updates a flag's report draft while the flag is in review. Takes the report's write
// lock first, then checks its status, so concurrent edits queue up and each bumps the version.
// Any edit withdraws a request for approval or an approval; everyone who wrote on it is kept as
// an author (four eyes), with the name and title they signed with.
MATCH (fl:Flag {id: $flagId})
SET fl.writeSeq = coalesce(fl.writeSeq, 0) + 1  // takes the write lock before anything is compared
WITH fl
WHERE fl.status = 'IN_REVIEW'
MERGE (r:Report {id: $reportId})
ON CREATE SET r.flagId = fl.id, r.reference = $reference, r.createdAt = datetime($now), r.createdBy = $actor,
              r.version = 0, r.authors = [], r.authorNames = []
MERGE (fl)-[:HAS_REPORT]->(r)
SET r.lockSeq = coalesce(r.lockSeq, 0) + 1
WITH fl, r
WHERE r.status IS NULL OR r.status IN ['DRAFT', 'AWAITING_APPROVAL', 'RETURNED', 'APPROVED']
WITH fl, r, $actor IN r.authors AS wrote
SET r.status = 'DRAFT', r.version = r.version + 1, r.assessment = $assessment, r.observed = $observed,
    r.institution = $institution, r.children = $children,
    r.childIds = $childIds, r.concern = $concern, r.flagVersion = $flagVersion, r.ruleIds = $ruleIds, r.municipalityCode = $municipalityCode,
    r.updatedAt = datetime($now), r.updatedBy = $actor,
    r.authors = CASE WHEN wrote THEN r.authors ELSE r.authors + $actor END,
    r.authorNames = CASE WHEN wrote THEN coalesce(r.authorNames, []) ELSE coalesce(r.authorNames, []) + $actorName END,
    r.requestedBy = null, r.requestedAt = null,
    r.approvedBy = null, r.approvedAt = null, r.approvedVersion = null, r.approverName = null, r.senderContact = null,
    r.issueDate = null
CREATE (fl)-[:HAS_EVENT]->(:FlagEvent {id: $eventId, at: datetime($now), actor: $actor, kind: 'report-saved',
                                       fromStatus: fl.status, toStatus: fl.status, assignee: fl.assignee,
                                       note: 'Udkast til underretning gemt (version ' + toString(r.version) + ')'})
RETURN r.id AS id, r.version AS version
