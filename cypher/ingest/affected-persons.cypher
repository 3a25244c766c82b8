// Persons whose clusters a batch may change: those living at touched addresses or involved in touched cases.
CALL {
  UNWIND $addressIds AS id
  MATCH (:Address {id: id})<-[:LIVES_AT]-(p:Person)
  RETURN collect(DISTINCT p.id) AS atAddresses
}
CALL {
  UNWIND $caseIds AS id
  MATCH (:Case {id: id})<-[:INVOLVED_IN]-(p:Person)
  RETURN collect(DISTINCT p.id) AS inCases
}
RETURN atAddresses + inCases AS personIds
