// The inbox: flags ordered by score, then age; filters are optional (null = any). A flag is new when
// it was raised or reopened after $newSince (null: the user's first visit, so every flag is new).
// $caseDistrictCode lists the flags of other districts that cite a case registered in that district.
MATCH (fl:Flag)
WHERE (fl.active = true OR $includeInactive OR fl.status <> 'NEW')
  AND ($districtCode IS NULL OR fl.districtCode = $districtCode)
  AND ($caseDistrictCode IS NULL OR ($caseDistrictCode IN coalesce(fl.caseDistrictCodes, []) AND fl.districtCode <> $caseDistrictCode))
  AND ($status IS NULL OR fl.status = $status)
  AND ($municipalityCode IS NULL OR fl.municipalityCode = $municipalityCode)
  AND ($ruleId IS NULL OR $ruleId IN fl.ruleIds)
  AND ($minScore IS NULL OR fl.score >= $minScore)
  AND ($assignee IS NULL OR fl.assignee = $assignee)
WITH fl ORDER BY fl.score DESC, fl.createdAt ASC, fl.id ASC
WITH collect(fl) AS matched
WITH size(matched) AS total, matched[$offset..($offset + $limit)] AS page
CALL {
  WITH page
  UNWIND range(0, size(page) - 1) AS i
  WITH page[i] AS fl, i
  OPTIONAL MATCH (a:Address {id: fl.addressId})
  CALL {
    WITH fl
    OPTIONAL MATCH (fl)-[:HAS_MEMBER {relation: 'child'}]->(c:Person)
    WITH fl, c ORDER BY c.birthDate
    RETURN collect(CASE WHEN c IS NULL THEN null ELSE {personId: c.id, name: c.name,
                   age: duration.between(c.birthDate, coalesce(fl.lastEvaluatedAsOf, fl.asOf)).years} END) AS children
  }
  WITH fl, i, a, children ORDER BY i
  RETURN collect(fl {.id, .status, .active, .score, .municipalityCode, .districtCode, .ruleIds, .childIds, .assignee,
                     .reopenReason, .caseDistrictCodes, version: coalesce(fl.version, 0),
                     createdAt: toString(fl.createdAt), updatedAt: toString(fl.updatedAt),
                     asOf: toString(coalesce(fl.lastEvaluatedAsOf, fl.asOf)),
                     isNew: $newSince IS NULL OR fl.createdAt > datetime($newSince)
                            OR (fl.reopenedAt IS NOT NULL AND fl.reopenedAt > datetime($newSince)),
                     address: CASE WHEN a IS NULL THEN null ELSE a {.id, .street, .postalCode, .city, .municipalityCode} END,
                     children: children}) AS flags
}
RETURN total, flags
