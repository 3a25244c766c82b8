// The stored records a batch names by key (shared/contract/ingest-format.md, "Keys and corrections"):
// their current values and `sourceUpdatedAt`, to tell inserts, corrections, unchanged, stale records
// and retractions apart, and to keep the old values for provenance.
CALL {
  UNWIND $personIds AS id
  MATCH (p:Person {id: id})
  RETURN collect(p {.id, .name, .sex, birthDate: toString(p.birthDate), deathDate: toString(p.deathDate), .sourceUpdatedAt}) AS persons
}
CALL {
  UNWIND $addressIds AS id
  MATCH (a:Address {id: id})
  RETURN collect(a {.id, .street, .postalCode, .city, .municipalityCode, .sourceUpdatedAt}) AS addresses
}
CALL {
  UNWIND $caseIds AS id
  MATCH (c:Case {id: id})
  RETURN collect(c {.id, .journalNo, .category, .subcategory, occurredAt: toString(c.occurredAt), .policeDistrictCode, .summary, .keywords,
                    .sourceUpdatedAt, personIds: [(p:Person)-[:INVOLVED_IN]->(c) | p.id]}) AS cases
}
CALL {
  UNWIND $indicatorIds AS id
  MATCH (i:Indicator {id: id})
  RETURN collect(i {.id, .personId, .kind, date: toString(i.date), .municipalityCode, .detail, .sourceUpdatedAt}) AS indicators
}
CALL {
  UNWIND $residenceIds AS id
  MATCH (p:Person)-[r:LIVES_AT {sourceId: id}]->(a:Address)
  RETURN collect({id: r.sourceId, personId: p.id, addressId: a.id, from: toString(r.from), to: toString(r.to),
                  sourceUpdatedAt: r.sourceUpdatedAt}) AS residencesById
}
CALL {
  UNWIND $residences AS k
  MATCH (p:Person {id: k.personId})-[r:LIVES_AT {from: date(k.from)}]->(a:Address {id: k.addressId})
  RETURN collect({id: r.sourceId, personId: p.id, addressId: a.id, from: toString(r.from), to: toString(r.to),
                  sourceUpdatedAt: r.sourceUpdatedAt}) AS residences
}
CALL {
  UNWIND $parents AS k
  MATCH (:Person {id: k.parentId})-[r:PARENT_OF]->(:Person {id: k.childId})
  RETURN collect({parentId: k.parentId, childId: k.childId, sourceUpdatedAt: r.sourceUpdatedAt}) AS parents
}
CALL {
  UNWIND $partners AS k
  MATCH (:Person {id: k.personA})-[r:PARTNER_OF {from: date(k.from)}]->(:Person {id: k.personB})
  RETURN collect({personA: k.personA, personB: k.personB, from: k.from, kind: r.kind, to: toString(r.to),
                  sourceUpdatedAt: r.sourceUpdatedAt}) AS partners
}
CALL {
  UNWIND $involvements AS k
  MATCH (:Person {id: k.personId})-[r:INVOLVED_IN]->(:Case {id: k.caseId})
  RETURN collect({caseId: k.caseId, personId: k.personId, role: r.role, sourceUpdatedAt: r.sourceUpdatedAt}) AS involvements
}
CALL {
  UNWIND $retractKeys AS k
  MATCH (t:Retracted {key: k})
  RETURN collect(t.key) AS retractedKeys
}
RETURN persons, addresses, cases, indicators, residencesById, residences, parents, partners, involvements, retractedKeys
