// Municipal indicator records: kept apart from police data by their source (the registering municipality).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MERGE (i:Indicator {id: row.id})
SET i.personId = row.personId, i.kind = row.kind, i.date = date(row.date), i.municipalityCode = row.municipalityCode,
    i.detail = row.detail, i.source = 'municipality:' + row.municipalityCode
WITH i, p
OPTIONAL MATCH (i)-[old:CONCERNS]->(other:Person) WHERE other <> p
DELETE old
MERGE (i)-[:CONCERNS]->(p)
RETURN count(*) AS written
