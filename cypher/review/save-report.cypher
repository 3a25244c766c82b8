// Creates or updates a flag's report draft while the flag is in review. Any edit withdraws an
// approval and bumps the version; everyone who wrote on it is kept as an author (four eyes).
MATCH (fl:Flag {id: $flagId})
SET fl.writeSeq = coalesce(fl.writeSeq, 0) + 1  // takes the write lock before anything is compared
WITH fl
WHERE fl.status = 'IN_REVIEW'
MERGE (r:Report {id: $reportId})
ON CREATE SET r.flagId = fl.id, r.reference = $reference, r.createdAt = datetime($now), r.createdBy = $actor,
              r.version = 0, r.authors = []
MERGE (fl)-[:HAS_REPORT]->(r)
WITH fl, r
WHERE r.status IS NULL OR r.status IN ['DRAFT', 'APPROVED']
SET r.status = 'DRAFT', r.version = r.version + 1, r.assessment = $assessment, r.children = $children,
    r.childIds = $childIds, r.concern = $concern, r.flagVersion = $flagVersion, r.ruleIds = $ruleIds, r.municipalityCode = $municipalityCode,
    r.updatedAt = datetime($now), r.updatedBy = $actor,
    r.authors = CASE WHEN $actor IN r.authors THEN r.authors ELSE r.authors + $actor END,
    r.approvedBy = null, r.approvedAt = null, r.approvedVersion = null
CREATE (fl)-[:HAS_EVENT]->(:FlagEvent {id: $eventId, at: datetime($now), actor: $actor, kind: 'report-saved',
                                       fromStatus: fl.status, toStatus: fl.status, assignee: fl.assignee,
                                       note: 'Udkast til underretning gemt (version ' + toString(r.version) + ')'})
RETURN r.id AS id, r.version AS version
