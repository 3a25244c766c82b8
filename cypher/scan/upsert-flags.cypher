// Writes evaluated clusters as flags. A flag's identity is its cluster (the child's address), so
// re-scans update it and never duplicate it. A dismissed flag returns (status NEW) only when its
// evidence is newer than the dismissal.
UNWIND $flags AS f
MERGE (fl:Flag {id: f.id})
ON CREATE SET fl.status = 'NEW', fl.createdAt = datetime($now), fl.firstAsOf = date(f.asOf)
WITH fl, f, fl.status = 'DISMISSED' AND fl.dismissedAt IS NOT NULL AND date(f.evidenceLatest) > date(fl.dismissedAt) AS reopen
SET fl.addressId = f.addressId, fl.municipalityCode = f.municipalityCode, fl.districtCode = f.districtCode,
    fl.score = f.score, fl.scoreExplanation = f.scoreExplanation, fl.signals = f.signals, fl.ruleIds = f.ruleIds,
    fl.childIds = f.childIds, fl.memberIds = f.memberIds, fl.evidenceLatest = date(f.evidenceLatest),
    fl.asOf = date(f.asOf), fl.active = true, fl.updatedAt = datetime($now),
    fl.status = CASE WHEN reopen THEN 'NEW' ELSE fl.status END,
    fl.reopenedAt = CASE WHEN reopen THEN datetime($now) ELSE fl.reopenedAt END
WITH fl, f, reopen
CALL {
  WITH fl
  MATCH (fl)-[old:HAS_MEMBER]->()
  DELETE old
}
CALL {
  WITH fl, f
  UNWIND f.members AS mem
  MATCH (p:Person {id: mem.personId})
  CREATE (fl)-[:HAS_MEMBER {relation: mem.relation, livesHere: mem.livesHere, relations: mem.relations}]->(p)
}
CALL {
  WITH fl, reopen
  WITH fl, reopen WHERE reopen
  CREATE (fl)-[:HAS_EVENT]->(:FlagEvent {id: fl.id + ':' + toString(datetime($now)), at: datetime($now), actor: 'system',
                                         fromStatus: 'DISMISSED', toStatus: 'NEW',
                                         note: 'Genåbnet: ny evidens efter afvisningen / reopened: evidence newer than the dismissal'})
}
RETURN count(fl) AS written
