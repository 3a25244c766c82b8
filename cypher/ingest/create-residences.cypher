// Residence periods without a source id whose (person, address, from) the batch found unstored:
// created without a MERGE. A period named by id goes through upsert-residences.cypher (its MERGE on
// the period joins a period stored under another key).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (a:Address {id: row.addressId})
CREATE (p)-[:LIVES_AT {from: date(row.from), to: CASE WHEN row.to IS NULL THEN null ELSE date(row.to) END,
                       sourceUpdatedAt: row.sourceUpdatedAt}]->(a)
RETURN count(*) AS written
