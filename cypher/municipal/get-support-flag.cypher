MATCH (fl:SupportFlag {id: $id, municipalityCode: $municipalityCode})
CALL {
  WITH fl
  UNWIND fl.memberIds AS personId
  MATCH (p:Person {id: personId})
  RETURN collect({personId: p.id, name: p.name, sex: p.sex, birthDate: toString(p.birthDate),
                  age: duration.between(p.birthDate, fl.asOf).years}) AS persons
}
CALL {
  WITH fl
  OPTIONAL MATCH (fl)-[:HAS_EVENT]->(e:SupportFlagEvent)
  WITH e ORDER BY e.at
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE e {.actor, .decision, .note, at: toString(e.at)} END) AS events
}
RETURN fl {.id, .status, .active, .score, .scoreExplanation, .signals, .ruleIds, .childIds, .municipalityCode, .addressId,
           .members, .familyAnswer, .familyAnswerNote, familyAnswerDate: toString(fl.familyAnswerDate),
           createdAt: toString(fl.createdAt), asOf: toString(fl.asOf)} AS flag, persons, events
