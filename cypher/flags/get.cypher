// One flag as of one of its versions ($version, null: the current one): the version's content, its
// members' persons (age on the evaluation date), where the children lived, every version, the
// version the current report cites, and the version this user last looked at.
MATCH (fl:Flag {id: $id})
OPTIONAL MATCH (fl)-[:HAS_VERSION]->(v:FlagVersion {n: coalesce($version, fl.version)})
WITH fl, v, CASE WHEN v IS NULL OR v.n = fl.version THEN coalesce(fl.lastEvaluatedAsOf, fl.asOf) ELSE v.asOf END AS ageAsOf
CALL {
  WITH fl, v, ageAsOf
  UNWIND coalesce(v.memberIds, fl.memberIds, []) AS pid
  MATCH (p:Person {id: pid})
  RETURN collect({personId: p.id, name: p.name, sex: p.sex, birthDate: toString(p.birthDate),
                  age: duration.between(p.birthDate, ageAsOf).years}) AS persons
}
CALL {
  WITH fl
  OPTIONAL MATCH (fl)-[:HAS_VERSION]->(x:FlagVersion)
  WITH x ORDER BY x.n DESC
  RETURN collect(CASE WHEN x IS NULL THEN null ELSE x {.n, .score, .ruleIds, .reason, .settingsHash, .settingsVersion,
                 createdAt: toString(x.createdAt), asOf: toString(x.asOf)} END) AS versions
}
CALL {
  WITH fl, v
  OPTIONAL MATCH (a:Address {id: coalesce(v.addressId, fl.addressId)})
  RETURN CASE WHEN a IS NULL THEN null ELSE a {.id, .street, .postalCode, .city, .municipalityCode} END AS address
}
CALL {
  WITH fl
  OPTIONAL MATCH (fl)-[:HAS_REPORT]->(r:Report)
  WITH r ORDER BY r.createdAt DESC LIMIT 1
  RETURN r.flagVersion AS reportVersion
}
OPTIONAL MATCH (:User {username: $username})-[seen:SAW_FLAG]->(fl)
RETURN fl {.id, .status, .active, .municipalityCode, .districtCode, .assignee, .reopenReason, .caseDistrictCodes, .childIds,
           version: coalesce(fl.version, 0), createdAt: toString(fl.createdAt), updatedAt: toString(fl.updatedAt),
           asOf: toString(coalesce(fl.lastEvaluatedAsOf, fl.asOf)), dismissedAt: toString(fl.dismissedAt),
           reopenedAt: toString(fl.reopenedAt)} AS flag,
       CASE WHEN v IS NULL THEN null ELSE v {.n, .score, .scoreExplanation, .signals, .members, .ruleIds, .childIds, .addressId,
           .municipalityCode, .districtCode, asOf: toString(v.asOf)} END AS version,
       persons, versions, address, reportVersion, seen.version AS seenVersion
