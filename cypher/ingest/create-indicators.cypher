// Indicators whose id the batch found unstored: created without a MERGE (see upsert-indicators.cypher).
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
CREATE (i:Indicator {id: row.id, personId: row.personId, kind: row.kind, date: date(row.date), municipalityCode: row.municipalityCode,
                     detail: row.detail, source: 'municipality:' + row.municipalityCode, sourceUpdatedAt: row.sourceUpdatedAt})
RETURN count(*) AS written
