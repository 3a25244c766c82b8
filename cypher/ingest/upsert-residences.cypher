// A residence is identified by (person, address, from); `to` may change (a move ends it).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (a:Address {id: row.addressId})
MERGE (p)-[r:LIVES_AT {from: date(row.from)}]->(a)
SET r.to = CASE WHEN row.to IS NULL THEN null ELSE date(row.to) END
RETURN count(*) AS written
