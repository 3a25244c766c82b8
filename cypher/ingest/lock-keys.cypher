// Takes the write locks of the stored persons, addresses and cases a batch names, in id order,
// before the batch reads their stored state: concurrent corrections of one key then run one after
// the other (the second sees the first's result) instead of both replacing the same old record.
CALL {
  UNWIND $personIds AS id
  MATCH (n:Person {id: id})
  SET n._ingestLock = true
  REMOVE n._ingestLock
}
CALL {
  UNWIND $addressIds AS id
  MATCH (n:Address {id: id})
  SET n._ingestLock = true
  REMOVE n._ingestLock
}
CALL {
  UNWIND $caseIds AS id
  MATCH (n:Case {id: id})
  SET n._ingestLock = true
  REMOVE n._ingestLock
}
RETURN 1 AS locked
