// name: cases-by-category
// title: Cases of a category in a district and period
// description: Cases of one category registered in a police district (or all districts) with the date in the period, newest first, with the persons involved and their roles.
// scopes: national, police-district
// param category: string — the case category code, e.g. vold or husspektakler
// param districtCode: string = null — the police district code (e.g. NJY); null for every district
// param from: date (1900-01-01..2100-12-31) — first day of the period
// param to: date (1900-01-01..2100-12-31) — last day of the period
MATCH (c:Case)
WHERE c.category = $category
  AND ($districtCode IS NULL OR c.policeDistrictCode = $districtCode)
  AND date(c.occurredAt) >= $from AND date(c.occurredAt) <= $to
RETURN c.id AS caseId, c.journalNo AS journalNo, toString(c.occurredAt) AS occurredAt, c.policeDistrictCode AS districtCode,
       [(p:Person)-[i:INVOLVED_IN]->(c) | {personId: p.id, role: i.role}] AS involved,
       [(p:Person)-[:INVOLVED_IN]->(c) | p.id] AS personIds
ORDER BY c.occurredAt DESC
