// name: cases-by-category
// title.da: Sager i en kategori i en politikreds og en periode
// title.en: Cases of a category in a district and period
// description.da: Sager i én kategori registreret i en politikreds (eller alle kredse) med dato i perioden, nyeste først, med de involverede personer og deres roller.
// description.en: Cases of one category registered in a police district (or all districts) with the date in the period, newest first, with the persons involved and their roles.
// scopes: national, police-district
// param category: string
//   label.da: sagskategoriens kode, fx vold eller husspektakler
//   label.en: the case category code, e.g. vold or husspektakler
// param districtCode: string = null
//   label.da: politikredsens kode (fx NJY); tom for alle kredse
//   label.en: the police district code (e.g. NJY); null for every district
// param from: date (1900-01-01..2100-12-31)
//   label.da: periodens første dag
//   label.en: first day of the period
// param to: date (1900-01-01..2100-12-31)
//   label.da: periodens sidste dag
//   label.en: last day of the period
MATCH (c:Case)
WHERE c.category = $category
  AND ($districtCode IS NULL OR c.policeDistrictCode = $districtCode)
  AND date(c.occurredAt) >= $from AND date(c.occurredAt) <= $to
RETURN c.id AS caseId, c.journalNo AS journalNo, toString(c.occurredAt) AS occurredAt, c.policeDistrictCode AS districtCode,
       [(p:Person)-[i:INVOLVED_IN]->(c) | {personId: p.id, role: i.role}] AS involved,
       [(p:Person)-[:INVOLVED_IN]->(c) | p.id] AS personIds
ORDER BY c.occurredAt DESC
