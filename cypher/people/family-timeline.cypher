// The family's dated events between $from and $to (inclusive) for the timeline: births, deaths
// (with the category of a case the person was involved in on the day of death, the cause where
// a case says so), moves (one per residence period begun, with the address lived at before) and
// cases. Partnerships come from the family's kinship rows. $limit is the cap plus one.
UNWIND $ids AS id
MATCH (p:Person {id: id})
CALL (p) {
  WITH p WHERE p.birthDate >= date($from) AND p.birthDate <= date($to)
  RETURN p.birthDate AS date, 'birth' AS kind, null AS caseId, null AS category, null AS subcategory, null AS labelDa,
         null AS labelEn, null AS role, null AS districtCode, null AS municipalityCode, null AS fromAddress, null AS toAddress
  UNION ALL
  WITH p WHERE p.deathDate IS NOT NULL AND p.deathDate >= date($from) AND p.deathDate <= date($to)
  OPTIONAL MATCH (p)-[:INVOLVED_IN]->(c:Case) WHERE date(c.occurredAt) = p.deathDate
  WITH p, c ORDER BY c.id
  WITH p, head(collect(c)) AS c
  OPTIONAL MATCH (cat:Category {code: c.category})
  RETURN p.deathDate AS date, 'death' AS kind, c.id AS caseId, c.category AS category, c['subcategory'] AS subcategory,
         cat.labelDa AS labelDa, cat.labelEn AS labelEn, null AS role, null AS districtCode, null AS municipalityCode, null AS fromAddress, null AS toAddress
  UNION ALL
  MATCH (p)-[r:LIVES_AT]->(a:Address)
  WHERE r.from >= date($from) AND r.from <= date($to)
  WITH p, r, a, COLLECT {
    MATCH (p)-[q:LIVES_AT]->(b:Address) WHERE q.from < r.from
    RETURN b {.id, .street, .postalCode, .city} ORDER BY q.from DESC LIMIT 1
  } AS before
  RETURN r.from AS date, 'move' AS kind, null AS caseId, null AS category, null AS subcategory, null AS labelDa,
         null AS labelEn, null AS role, null AS districtCode, a.municipalityCode AS municipalityCode, head(before) AS fromAddress,
         a {.id, .street, .postalCode, .city} AS toAddress
  UNION ALL
  MATCH (p)-[i:INVOLVED_IN]->(c:Case)
  WHERE date(c.occurredAt) >= date($from) AND date(c.occurredAt) <= date($to)
  OPTIONAL MATCH (cat:Category {code: c.category})
  RETURN date(c.occurredAt) AS date, 'case' AS kind, c.id AS caseId, c.category AS category, c['subcategory'] AS subcategory,
         cat.labelDa AS labelDa, cat.labelEn AS labelEn, i.role AS role, c.policeDistrictCode AS districtCode,
         null AS municipalityCode, null AS fromAddress, null AS toAddress
}
RETURN p.id AS personId, date, kind, caseId, category, subcategory, labelDa, labelEn, role, districtCode, municipalityCode,
       fromAddress, toAddress
ORDER BY date, personId, kind, caseId
LIMIT $limit
