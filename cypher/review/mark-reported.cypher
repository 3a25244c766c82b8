// IN_REVIEW -> REPORTED, only with a report approved in the version now stored (four eyes). Seals
// the report and records who reported it from which district, and the receiving municipality's
// district (own district or elsewhere, for the statistics).
// The report's write lock is taken first, so a concurrent edit or step is seen before the check.
MATCH (fl:Flag {id: $id})-[:HAS_REPORT]->(r:Report)
SET r.lockSeq = coalesce(r.lockSeq, 0) + 1
WITH fl, r
WHERE fl.status = 'IN_REVIEW' AND r.status = 'APPROVED' AND r.approvedVersion = r.version
OPTIONAL MATCH (:Municipality {code: r.municipalityCode})-[:IN]->(d:PoliceDistrict)
SET fl.status = 'REPORTED', fl.updatedAt = datetime($now),
    r.status = 'REPORTED', r.reportedAt = datetime($now), r.reportedBy = $actor,
    r.reportingDistrictCode = $reportingDistrictCode, r.municipalityDistrictCode = d.code
CREATE (fl)-[:HAS_EVENT]->(:FlagEvent {id: $eventId, at: datetime($now), actor: $actor, kind: 'status',
                                       fromStatus: 'IN_REVIEW', toStatus: 'REPORTED', assignee: fl.assignee, note: $note})
RETURN fl.status AS status
