// Municipal support flags: a label of their own (:SupportFlag), never read by police queries.
UNWIND $flags AS f
MERGE (fl:SupportFlag {id: f.id})
ON CREATE SET fl.status = 'NEW', fl.createdAt = datetime($now)
SET fl.municipalityCode = f.municipalityCode, fl.addressId = f.addressId, fl.score = f.score,
    fl.scoreExplanation = f.scoreExplanation, fl.signals = f.signals, fl.ruleIds = f.ruleIds, fl.childIds = f.childIds,
    fl.memberIds = f.memberIds, fl.asOf = date(f.asOf), fl.active = true, fl.updatedAt = datetime($now),
    fl.source = 'municipality:' + f.municipalityCode
WITH fl, f
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
RETURN count(fl) AS written
