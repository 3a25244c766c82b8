// Writes one evaluation per flag. The flag's node is locked first (the SET), then compared: only
// content that differs from the current version makes a new, immutable FlagVersion; the flag node
// carries a copy of its current version for the lists. A closed flag with new facts returns to
// the inbox (status NEW) with the reason in its history; a flag that follows its child to another
// district changes owner (and loses an assignee of the old district). The rule settings that
// produced the versions are kept once per hash, in the same transaction.
MERGE (settings:RuleSettingsSnapshot {hash: $settingsHash})
ON CREATE SET settings.json = $settingsJson, settings.createdAt = datetime($now), settings.settingsVersion = $settingsVersion
WITH settings
UNWIND $flags AS f
MERGE (fl:Flag {id: f.id})
ON CREATE SET fl.status = 'NEW', fl.createdAt = datetime($now), fl.firstAsOf = date(f.asOf), fl.version = 0
SET fl.writeSeq = coalesce(fl.writeSeq, 0) + 1, fl.lastEvaluatedAsOf = date(f.asOf), fl.active = true
WITH fl, f, coalesce(fl.contentHash, '') <> f.contentHash AS changed, fl.districtCode AS previousDistrict
CALL {
  WITH fl, f, changed, previousDistrict
  WITH fl, f, previousDistrict WHERE changed
  SET fl.version = coalesce(fl.version, 0) + 1
  CREATE (fl)-[:HAS_VERSION]->(:FlagVersion {
    id: fl.id + ':v' + toString(fl.version), flagId: fl.id, n: fl.version, createdAt: datetime($now), asOf: date(f.asOf),
    addressId: f.addressId, municipalityCode: f.municipalityCode, districtCode: f.districtCode, score: f.score,
    scoreExplanation: f.scoreExplanation, ruleIds: f.ruleIds, childIds: f.childIds, memberIds: f.memberIds,
    members: f.members, signals: f.signals, caseIds: f.caseIds, caseDistrictCodes: f.caseDistrictCodes,
    evidenceLatest: date(f.evidenceLatest), contentHash: f.contentHash, settingsHash: $settingsHash,
    settingsVersion: $settingsVersion, reason: f.reason})
  SET fl.addressId = f.addressId, fl.municipalityCode = f.municipalityCode, fl.districtCode = f.districtCode,
      fl.score = f.score, fl.scoreExplanation = f.scoreExplanation, fl.ruleIds = f.ruleIds, fl.childIds = f.childIds,
      fl.memberIds = f.memberIds, fl.members = f.members, fl.signals = f.signals, fl.caseIds = f.caseIds,
      fl.caseDistrictCodes = f.caseDistrictCodes, fl.evidenceLatest = date(f.evidenceLatest), fl.asOf = date(f.asOf),
      fl.contentHash = f.contentHash, fl.updatedAt = datetime($now)
  WITH fl, f, previousDistrict
  CALL {
    WITH fl
    MATCH (fl)-[old:HAS_MEMBER]->()
    DELETE old
  }
  CALL {
    WITH fl, f
    UNWIND f.memberRows AS mem
    MATCH (p:Person {id: mem.personId})
    CREATE (fl)-[:HAS_MEMBER {relation: mem.relation, livesHere: mem.livesHere}]->(p)
  }
  CALL {
    WITH fl, f, previousDistrict
    WITH fl, f, previousDistrict WHERE previousDistrict IS NOT NULL AND previousDistrict <> f.districtCode
    SET fl.assignee = null, fl.previousDistrictCode = previousDistrict
    CREATE (fl)-[:HAS_EVENT]->(:FlagEvent {id: fl.id + ':moved:' + toString(fl.version), at: datetime($now), actor: 'system',
                                           kind: 'moved', fromStatus: fl.status, toStatus: fl.status,
                                           fromDistrict: previousDistrict, toDistrict: f.districtCode,
                                           note: 'Barnet er flyttet / the child has moved: ' + previousDistrict + ' → ' + f.districtCode})
  }
  CALL {
    WITH fl, f
    WITH fl, f WHERE f.reopenFrom IS NOT NULL AND fl.status = f.reopenFrom
    SET fl.status = 'NEW', fl.reopenedAt = datetime($now), fl.reopenReason = f.reopenReason,
        fl.reportRound = CASE WHEN f.reopenFrom = 'REPORTED' THEN coalesce(fl.reportRound, 1) + 1 ELSE fl.reportRound END
    CREATE (fl)-[:HAS_EVENT]->(:FlagEvent {id: fl.id + ':reopened:' + toString(fl.version), at: datetime($now), actor: 'system',
                                           kind: 'reopened', reason: f.reopenReason, fromStatus: f.reopenFrom, toStatus: 'NEW',
                                           version: fl.version, note: f.reopenNote})
  }
}
RETURN fl.id AS id, changed, fl.version AS version
