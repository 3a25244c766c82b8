// Cases whose id the batch found unstored: created with their district link, without a MERGE
// (the same properties as upsert-cases.cypher).
UNWIND $rows AS row
MATCH (d:PoliceDistrict {code: row.policeDistrictCode})
CREATE (c:Case {id: row.id, journalNo: row.journalNo, category: row.category, subcategory: row.subcategory,
                occurredAt: datetime(row.occurredAt), policeDistrictCode: row.policeDistrictCode, summary: row.summary,
                keywords: row.keywords,
                keywordText: CASE WHEN row.keywords IS NULL THEN null ELSE reduce(s = '', k IN row.keywords | s + ' ' + k) END,
                source: 'police', sourceUpdatedAt: row.sourceUpdatedAt})-[:REGISTERED_IN]->(d)
RETURN count(*) AS written
