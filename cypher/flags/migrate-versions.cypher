// Gives flags of the first shape their version 1 (what they held), their members as data and the
// cases they cite; a report on such a flag cites version 1. Nothing is lost: the flag keeps its id,
// status, history and report.
UNWIND $flags AS f
MATCH (fl:Flag {id: f.id})
WHERE fl.version IS NULL
SET fl.version = 1, fl.members = f.members, fl.signals = f.signals, fl.caseIds = f.caseIds,
    fl.caseDistrictCodes = f.caseDistrictCodes, fl.contentHash = f.contentHash, fl.lastEvaluatedAsOf = fl.asOf
CREATE (fl)-[:HAS_VERSION]->(:FlagVersion {
  id: fl.id + ':v1', flagId: fl.id, n: 1, createdAt: coalesce(fl.updatedAt, fl.createdAt), asOf: fl.asOf,
  addressId: fl.addressId, municipalityCode: fl.municipalityCode, districtCode: fl.districtCode, score: fl.score,
  scoreExplanation: fl.scoreExplanation, ruleIds: fl.ruleIds, childIds: fl.childIds, memberIds: f.memberIds,
  members: f.members, signals: f.signals, caseIds: f.caseIds, caseDistrictCodes: f.caseDistrictCodes,
  evidenceLatest: fl.evidenceLatest, contentHash: f.contentHash, settingsHash: null, settingsVersion: null, reason: 'migrated'})
WITH fl
CALL {
  WITH fl
  MATCH (fl)-[m:HAS_MEMBER]->()
  REMOVE m.relations
}
CALL {
  WITH fl
  MATCH (fl)-[:HAS_REPORT]->(r:Report)
  WHERE r.flagVersion IS NULL
  SET r.flagVersion = 1, r.approvedFlagVersion = CASE WHEN r.approvedVersion IS NULL THEN null ELSE 1 END
}
RETURN count(fl) AS migrated
