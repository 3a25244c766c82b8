// The inbox in one round trip: a page of flags ordered by score, then age, the total, and the
// count per status. Filters are optional (null = any). A flag is new when it was raised or reopened
// after $newSince, or when that is null after the user's ($username) last visit to the inbox
// (neither: the first visit, so every flag is new). $caseDistrictCode lists the flags of other
// districts that cite a case registered in that district. The status counts are of
// $countDistrictCode / $caseDistrictCode only (the other filters do not narrow them).
OPTIONAL MATCH (u:User {username: $username})
WITH coalesce(datetime($newSince), u.lastSeenInboxAt) AS since
CALL (since) {
  // a district's inbox starts from the flag_district index (a `$districtCode IS NULL OR …` test
  // would read every flag in the country for every inbox); only the national inbox reads them all
  CALL () {
    UNWIND CASE WHEN $districtCode IS NULL THEN [true] ELSE [] END AS national
    MATCH (fl:Flag)
    RETURN fl
    UNION ALL
    MATCH (fl:Flag)
    WHERE fl.districtCode = $districtCode
    RETURN fl
  }
  WITH fl
  WHERE (fl.active = true OR $includeInactive OR fl.status <> 'NEW')
    AND ($caseDistrictCode IS NULL OR ($caseDistrictCode IN coalesce(fl.caseDistrictCodes, []) AND fl.districtCode <> $caseDistrictCode))
    AND ($status IS NULL OR fl.status = $status)
    AND ($municipalityCode IS NULL OR fl.municipalityCode = $municipalityCode)
    AND ($ruleId IS NULL OR $ruleId IN fl.ruleIds)
    AND ($minScore IS NULL OR fl.score >= $minScore)
    AND ($assignee IS NULL OR fl.assignee = $assignee)
  WITH fl ORDER BY fl.score DESC, fl.createdAt ASC, fl.id ASC
  WITH collect(fl) AS matched
  WITH size(matched) AS total, matched[$offset..($offset + $limit)] AS page
  CALL (page, since) {
    UNWIND range(0, size(page) - 1) AS i
    WITH page[i] AS fl, i
    OPTIONAL MATCH (a:Address {id: fl.addressId})
    CALL (fl) {
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
                       isNew: since IS NULL OR fl.createdAt > since OR (fl.reopenedAt IS NOT NULL AND fl.reopenedAt > since),
                       address: CASE WHEN a IS NULL THEN null ELSE a {.id, .street, .postalCode, .city, .municipalityCode} END,
                       children: children}) AS flags
  }
  RETURN total, flags
}
RETURN total, flags, toString(since) AS newSince,
  COLLECT {
    CALL () {
      UNWIND CASE WHEN $countDistrictCode IS NULL THEN [true] ELSE [] END AS national
      MATCH (fl:Flag)
      RETURN fl
      UNION ALL
      MATCH (fl:Flag)
      WHERE fl.districtCode = $countDistrictCode
      RETURN fl
    }
    WITH fl
    WHERE (fl.active = true OR fl.status <> 'NEW')
      AND ($caseDistrictCode IS NULL OR ($caseDistrictCode IN coalesce(fl.caseDistrictCodes, []) AND fl.districtCode <> $caseDistrictCode))
    WITH fl.status AS status, count(*) AS count
    ORDER BY status
    RETURN {status: status, count: count}
  } AS statusCounts
