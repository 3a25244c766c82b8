// Municipal indicator records: kept apart from police data by their source (the registering
// municipality). No relationship joins them to persons: a traversal from police data never reaches
// them; they are found by personId (indexed) by the municipal rules and views only.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MERGE (i:Indicator {id: row.id})
SET i.personId = row.personId, i.kind = row.kind, i.date = date(row.date), i.municipalityCode = row.municipalityCode,
    i.detail = row.detail, i.source = 'municipality:' + row.municipalityCode, i.sourceUpdatedAt = row.sourceUpdatedAt
RETURN count(*) AS written
