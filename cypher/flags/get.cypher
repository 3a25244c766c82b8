// One flag with its members (persons with age on the flag's asOf) and where the children live.
MATCH (fl:Flag {id: $id})
OPTIONAL MATCH (a:Address {id: fl.addressId})
CALL {
  WITH fl
  MATCH (fl)-[m:HAS_MEMBER]->(p:Person)
  RETURN collect({personId: p.id, name: p.name, sex: p.sex, birthDate: toString(p.birthDate),
                  age: duration.between(p.birthDate, fl.asOf).years, relation: m.relation, livesHere: m.livesHere,
                  relations: m.relations}) AS members
}
RETURN fl {.id, .status, .active, .score, .scoreExplanation, .signals, .ruleIds, .childIds, .municipalityCode, .districtCode,
           .addressId, .assignee, createdAt: toString(fl.createdAt), updatedAt: toString(fl.updatedAt), asOf: toString(fl.asOf),
           dismissedAt: toString(fl.dismissedAt), reopenedAt: toString(fl.reopenedAt)} AS flag,
       members,
       CASE WHEN a IS NULL THEN null ELSE a {.id, .street, .postalCode, .city, .municipalityCode} END AS address
