// A person's cases and moves between $from and $to (inclusive dates), in date order.
// Moves are the starts and ends of residence periods.
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[i:INVOLVED_IN]->(c:Case)
  WHERE date(c.occurredAt) >= date($from) AND date(c.occurredAt) <= date($to)
  OPTIONAL MATCH (cat:Category {code: c.category})
  RETURN date(c.occurredAt) AS date, toString(c.occurredAt) AS at, 'case' AS kind, c.id AS caseId, c.category AS category,
         cat.labelDa AS labelDa, cat.labelEn AS labelEn, i.role AS role, c.policeDistrictCode AS districtCode,
         null AS addressId, null AS street, null AS city
  UNION ALL
  MATCH (p)-[r:LIVES_AT]->(a:Address)
  WHERE r.from >= date($from) AND r.from <= date($to)
  RETURN r.from AS date, toString(r.from) AS at, 'move-in' AS kind, null AS caseId, null AS category,
         null AS labelDa, null AS labelEn, null AS role, null AS districtCode,
         a.id AS addressId, a.street AS street, a.city AS city
  UNION ALL
  MATCH (p)-[r:LIVES_AT]->(a:Address)
  WHERE r.to IS NOT NULL AND r.to >= date($from) AND r.to <= date($to)
  RETURN r.to AS date, toString(r.to) AS at, 'move-out' AS kind, null AS caseId, null AS category,
         null AS labelDa, null AS labelEn, null AS role, null AS districtCode,
         a.id AS addressId, a.street AS street, a.city AS city
}
RETURN date, at, kind, caseId, category, labelDa, labelEn, role, districtCode, addressId, street, city
ORDER BY date, at, kind, caseId, addressId
LIMIT $limit
