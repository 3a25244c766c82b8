// A page of a person's cases with their role, newest first. Only what the views need: category,
// date, role and district; summaries stay out (data minimisation).
MATCH (:Person {id: $id})-[i:INVOLVED_IN]->(c:Case)
OPTIONAL MATCH (cat:Category {code: c.category})
OPTIONAL MATCH (c)-[:REGISTERED_IN]->(d:PoliceDistrict)
RETURN c.id AS caseId, c.journalNo AS journalNo, c.category AS category, c.subcategory AS subcategory, cat.labelDa AS labelDa, cat.labelEn AS labelEn,
       toString(c.occurredAt) AS occurredAt, i.role AS role, coalesce(d.code, c.policeDistrictCode) AS districtCode,
       d.name AS districtName
ORDER BY c.occurredAt DESC, c.id, i.role
SKIP $offset
LIMIT $limit
