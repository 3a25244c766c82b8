// Case counts by category, sub-category (when the record has one) and role per person, for cases
// that occurred on or before $asOf.
UNWIND $ids AS id
MATCH (p:Person {id: id})-[i:INVOLVED_IN]->(c:Case)
WHERE date(c.occurredAt) <= date($asOf)
OPTIONAL MATCH (cat:Category {code: c.category})
RETURN p.id AS personId, c.category AS category, c['subcategory'] AS subcategory, cat.labelDa AS labelDa, cat.labelEn AS labelEn,
       i.role AS role, count(*) AS count
ORDER BY personId, category, subcategory, role
