// A flag as the review workflow needs it: status, scope, members (for the report) and its report.
MATCH (fl:Flag {id: $id})
OPTIONAL MATCH (fl)-[:HAS_REPORT]->(r:Report)
CALL {
  WITH fl
  OPTIONAL MATCH (fl)-[m:HAS_MEMBER]->(p:Person)
  RETURN collect(CASE WHEN p IS NULL THEN null
                 ELSE {personId: p.id, name: p.name, birthDate: toString(p.birthDate), relation: m.relation,
                       relations: coalesce(m.relations, [])} END) AS members
}
RETURN fl {.id, .status, .active, .districtCode, .municipalityCode, .childIds, .ruleIds, .signals, .assignee,
           dismissedAt: toString(fl.dismissedAt)} AS flag,
       members,
       CASE WHEN r IS NULL THEN null ELSE r {.id, .flagId, .reference, .status, .version, .children, .childIds, .concern,
         .ruleIds, .assessment, .observed, .institution, .authors, .authorNames, .municipalityCode, .approvedBy,
         .approvedVersion, .approverName, .senderContact, .requestedBy, .returnedByName, .returnComment, .reportedBy,
         .reportingDistrictCode, .municipalityDistrictCode, .outcome, .outcomeNote, .outcomeBy,
         createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt), approvedAt: toString(r.approvedAt),
         reportedAt: toString(r.reportedAt), outcomeAt: toString(r.outcomeAt), requestedAt: toString(r.requestedAt),
         returnedAt: toString(r.returnedAt),
         issueDate: toString(r.issueDate)} END AS report
