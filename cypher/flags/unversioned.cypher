// Flags in the first shape (no versions): a batch of them with their members as relationships.
MATCH (fl:Flag)
WHERE fl.version IS NULL
WITH fl ORDER BY fl.id LIMIT $limit
CALL {
  WITH fl
  OPTIONAL MATCH (fl)-[m:HAS_MEMBER]->(p:Person)
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {personId: p.id, relation: m.relation, livesHere: m.livesHere,
                 relations: coalesce(m.relations, [])} END) AS members
}
RETURN fl {.id, .signals, .score, .scoreExplanation, .ruleIds, .childIds, .addressId, .municipalityCode, .districtCode,
           asOf: toString(fl.asOf), evidenceLatest: toString(fl.evidenceLatest), createdAt: toString(fl.createdAt),
           updatedAt: toString(fl.updatedAt)} AS flag,
       members
