// A residence is keyed by the source's `id` when given (stored as sourceId), else by (person,
// address, from). `row.old` is the stored period a corrected record replaces (its person, address
// or start may have changed): it is removed before the period is written.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (a:Address {id: row.addressId})
CALL (row) {
  OPTIONAL MATCH (:Person {id: row.old.personId})-[old:LIVES_AT {from: date(row.old.from)}]->(:Address {id: row.old.addressId})
  DELETE old
}
MERGE (p)-[r:LIVES_AT {from: date(row.from)}]->(a)
SET r.to = CASE WHEN row.to IS NULL THEN null ELSE date(row.to) END, r.sourceId = row.id, r.sourceUpdatedAt = row.sourceUpdatedAt
RETURN count(*) AS written
