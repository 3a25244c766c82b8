// Removes records registered in error, by key. A person, address or case goes with its
// relationships (a person also with the municipal indicators registered on them); a residence,
// involvement, parency or partnership removes just that link. The batch checked beforehand that
// every key exists.
CALL {
  UNWIND $persons AS id
  MATCH (p:Person {id: id})
  OPTIONAL MATCH (i:Indicator {personId: id})
  DETACH DELETE p, i
}
CALL {
  UNWIND $cases AS id
  MATCH (c:Case {id: id})
  DETACH DELETE c
}
CALL {
  UNWIND $addresses AS id
  MATCH (a:Address {id: id})
  DETACH DELETE a
}
CALL {
  UNWIND $indicators AS id
  MATCH (i:Indicator {id: id})
  DELETE i
}
CALL {
  UNWIND $residences AS k
  MATCH (:Person {id: k.personId})-[r:LIVES_AT {from: date(k.from)}]->(:Address {id: k.addressId})
  DELETE r
}
CALL {
  UNWIND $involvements AS k
  MATCH (:Person {id: k.personId})-[r:INVOLVED_IN]->(:Case {id: k.caseId})
  DELETE r
}
CALL {
  UNWIND $parents AS k
  MATCH (:Person {id: k.parentId})-[r:PARENT_OF]->(:Person {id: k.childId})
  DELETE r
}
CALL {
  UNWIND $partners AS k
  MATCH (:Person {id: k.personA})-[r:PARTNER_OF {from: date(k.from)}]->(:Person {id: k.personB})
  DELETE r
}
// A tombstone per retracted key: re-running a file whose retract was already applied is safe.
CALL {
  UNWIND $tombstones AS t
  MERGE (r:Retracted {key: t.key})
  SET r.at = datetime($batch.at), r.batchId = $batch.id, r.reason = t.reason
}
RETURN 1 AS done
