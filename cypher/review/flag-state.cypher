// A flag as the review workflow needs it: status, owner and readers, the current version's content
// (members as data, with their persons) and its report: the current round's, or $reportId's.
MATCH (fl:Flag {id: $id})
CALL {
  WITH fl
  OPTIONAL MATCH (fl)-[:HAS_REPORT]->(r:Report)
  WHERE ($reportId IS NULL AND r.id = fl.id + ':report' + CASE WHEN coalesce(fl.reportRound, 1) > 1
                                                           THEN '-' + toString(fl.reportRound) ELSE '' END)
     OR r.id = $reportId
  RETURN r LIMIT 1
}
CALL {
  WITH fl
  UNWIND coalesce(fl.memberIds, []) AS pid
  MATCH (p:Person {id: pid})
  RETURN collect({personId: p.id, name: p.name, sex: p.sex, birthDate: toString(p.birthDate),
                  age: duration.between(p.birthDate, coalesce(fl.lastEvaluatedAsOf, fl.asOf)).years}) AS persons
}
RETURN fl {.id, .status, .active, .districtCode, .municipalityCode, .childIds, .ruleIds, .signals, .members, .assignee,
           .caseDistrictCodes, version: coalesce(fl.version, 0), reportRound: coalesce(fl.reportRound, 1),
           dismissedAt: toString(fl.dismissedAt)} AS flag,
       persons,
       CASE WHEN r IS NULL THEN null ELSE r {.id, .flagId, .reference, .status, .version, .children, .childIds, .concern,
         .ruleIds, .assessment, .observed, .institution, .authors, .authorNames, .municipalityCode, .approvedBy,
         .approvedVersion, .approverName, .senderContact, .requestedBy, .returnedByName, .returnComment, .reportedBy,
         .reportingDistrictCode, .municipalityDistrictCode, .outcome, .outcomeNote, .outcomeBy, .flagVersion,
         .approvedFlagVersion,
         createdAt: toString(r.createdAt), updatedAt: toString(r.updatedAt), approvedAt: toString(r.approvedAt),
         reportedAt: toString(r.reportedAt), outcomeAt: toString(r.outcomeAt), requestedAt: toString(r.requestedAt),
         returnedAt: toString(r.returnedAt),
         issueDate: toString(r.issueDate)} END AS report
