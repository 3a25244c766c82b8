UNWIND $rows AS row
MATCH (m:Municipality {code: row.municipalityCode})
MERGE (a:Address {id: row.id})
SET a.street = row.street, a.postalCode = row.postalCode, a.city = row.city, a.municipalityCode = row.municipalityCode,
    a.sourceUpdatedAt = row.sourceUpdatedAt
WITH a, m
OPTIONAL MATCH (a)-[old:IN]->(other:Municipality) WHERE other <> m
DELETE old
MERGE (a)-[:IN]->(m)
RETURN count(*) AS written
