// Which referenced ids already exist, with what the batch checks need of them.
CALL {
  UNWIND $personIds AS id
  MATCH (p:Person {id: id})
  RETURN collect({id: p.id, birthDate: toString(p.birthDate)}) AS persons
}
CALL {
  UNWIND $addressIds AS id
  MATCH (a:Address {id: id})
  RETURN collect(a.id) AS addresses
}
CALL {
  UNWIND $caseIds AS id
  MATCH (c:Case {id: id})
  RETURN collect(c.id) AS cases
}
RETURN persons, addresses, cases
