MATCH (fl:SupportFlag {id: $id, municipalityCode: $municipalityCode})
CALL {
  WITH fl
  MATCH (fl)-[m:HAS_MEMBER]->(p:Person)
  RETURN collect({personId: p.id, name: p.name, sex: p.sex, birthDate: toString(p.birthDate),
                  age: duration.between(p.birthDate, fl.asOf).years, relation: m.relation, livesHere: m.livesHere,
                  relations: m.relations}) AS members
}
CALL {
  WITH fl
  OPTIONAL MATCH (fl)-[:HAS_EVENT]->(e:SupportFlagEvent)
  WITH e ORDER BY e.at
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE e {.actor, .decision, .note, at: toString(e.at)} END) AS events
}
RETURN fl {.id, .status, .active, .score, .scoreExplanation, .signals, .ruleIds, .childIds, .municipalityCode, .addressId,
           createdAt: toString(fl.createdAt), asOf: toString(fl.asOf)} AS flag, members, events
