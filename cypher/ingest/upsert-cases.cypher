UNWIND $rows AS row
MATCH (d:PoliceDistrict {code: row.policeDistrictCode})
MERGE (c:Case {id: row.id})
SET c.journalNo = row.journalNo, c.category = row.category, c.subcategory = row.subcategory, c.occurredAt = datetime(row.occurredAt),
    c.policeDistrictCode = row.policeDistrictCode, c.summary = row.summary, c.keywords = row.keywords,
    c.keywordText = CASE WHEN row.keywords IS NULL THEN null ELSE reduce(s = '', k IN row.keywords | s + ' ' + k) END,
    c.source = 'police', c.sourceUpdatedAt = row.sourceUpdatedAt
WITH c, d
OPTIONAL MATCH (c)-[old:REGISTERED_IN]->(other:PoliceDistrict) WHERE other <> d
DELETE old
MERGE (c)-[:REGISTERED_IN]->(d)
RETURN count(*) AS written
