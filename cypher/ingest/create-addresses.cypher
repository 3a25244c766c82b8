// Addresses whose id the batch found unstored: created with their municipality link, without a MERGE.
UNWIND $rows AS row
MATCH (m:Municipality {code: row.municipalityCode})
CREATE (a:Address {id: row.id, street: row.street, postalCode: row.postalCode, city: row.city,
                   municipalityCode: row.municipalityCode, sourceUpdatedAt: row.sourceUpdatedAt})-[:IN]->(m)
RETURN count(*) AS written
