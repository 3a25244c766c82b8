// id: history-across-districts
// title.da: Historik på tværs af politikredse
// title.en: History across police districts
// kind: context
// weight: 10
// explain.da: {person} har sager med risikoadfærd i {value} politikredse inden for {windowYears} år.
// explain.en: {person} has risk-behaviour cases in {value} police districts within {windowYears} years.
// description.da: (Læser $categoryRoles ud over $scope.) En voksen med risikosager (i en rolle, som kategorien regner for personens egen adfærd) registreret i mindst minDistricts politikredse inden for perioden: en historik, som én politikreds alene ikke ville se.
// description.en: (Reads $categoryRoles besides $scope.) An adult with risk cases (in a role its category counts as the person's own behaviour) registered in at least minDistricts police districts within the window: a history one district alone would not see.
// param minDistricts: integer = 2 (2..12)
//   reason.da: kilderne understreger, at sager skal ses på tværs af politikredse.
//   reason.en: the sources stress seeing cases across police districts.
// param windowYears: integer = 5 (1..20)
//   reason.da: hvor langt tilbage historikken trækkes.
//   reason.en: how far back a history is pulled.
// param roles: string[] = ["suspect", "charged"]
//   reason.da: personens egen adfærd, for en risikokategori uden egne roller (hver kategoris egne roller gælder først).
//   reason.en: the person's own behaviour, for a risk category without roles of its own (each category's roles apply first).
MATCH (cat:Category {risk: true})
WITH collect(cat.code) AS riskCodes
MATCH (p:Person)
USING INDEX p:Person(id)
WHERE p.id IN $scope
  AND p.birthDate <= date($asOf) - duration({years: 18})
CALL {
  WITH p, riskCodes
  MATCH (p)-[inv:INVOLVED_IN]->(c:Case)
  WHERE inv.role IN coalesce($categoryRoles[c.category], $roles)
    AND c.category IN riskCodes
    // the case's own calendar date; written as a function so the planner expands from the person
    AND date(c.occurredAt) <= date($asOf)
    AND date(c.occurredAt) > date($asOf) - duration({years: $windowYears})
  WITH c, inv ORDER BY c.occurredAt, c.id
  RETURN collect(DISTINCT c.policeDistrictCode) AS districts,
         collect({kind: 'case', id: c.id, date: toString(date(c.occurredAt)), category: c.category, role: inv.role,
                  district: c.policeDistrictCode}) AS evidence
}
WITH p, districts, evidence
WHERE size(districts) >= $minDistricts
RETURN p.id AS personId, null AS addressId, size(districts) AS value, $minDistricts AS threshold, evidence
