// id: family-history
// title.da: Historik (tidligere sager)
// title.en: History (earlier cases)
// kind: history
// history.of: repeated-risk-behaviour
// weight: 0
// explain.da: {person} har i alt {value} sager med egen risikoadfærd frem til datoen: historikken bag den aktuelle sag. Historikken rejser ikke et flag, den vises som baggrund.
// explain.en: {person} has {value} risk-behaviour cases of their own up to the date: the history behind the current case. The history raises no flag; it is shown as background.
// description.da: (Læser indstillingerne for repeated-risk-behaviour: dens roller, nøgleord og voksenalder, samt kategoriernes roller.) Hver voksen i en klynge med sager om egen risikoadfærd frem til datoen, uden tidsgrænse: den historik, politiet trækker frem bag den aktuelle sag (kilde 001: "den aktuelle sag og om adfærden gentager sig"). Et historiksignal rejser aldrig et flag og vejer intet; det navngiver sagerne, så opbevaringen beholder det, et åbent flag henviser til.
// description.en: (Reads the settings of repeated-risk-behaviour: its roles, keywords and adult age, and the category roles.) Each adult of a cluster with risk-behaviour cases of their own up to asOf, over all time: the history the police pull back behind the current case (seed 001: "the current case and whether the behaviour repeats"). A history signal never flags a cluster and weighs nothing; it names the cases, so retention keeps what an open flag cites.
// param minCases: integer = 1 (1..50)
//   reason.da: enhver tidligere sag med egen risikoadfærd hører til historikken.
//   reason.en: any earlier case of one's own risk behaviour is part of the history.
MATCH (cat:Category {risk: true})
WITH collect(cat.code) AS riskCodes
MATCH (p:Person)
USING INDEX p:Person(id)
WHERE p.id IN $scope
  AND p.birthDate <= date($asOf) - duration({years: $adultAge})
  AND (p.deathDate IS NULL OR p.deathDate > date($asOf))
CALL {
  WITH p, riskCodes
  MATCH (p)-[inv:INVOLVED_IN]->(c:Case)
  WHERE date(c.occurredAt) <= date($asOf)
  WITH c, inv, c.category IN riskCodes AS isRisk
  WITH c, inv, isRisk,
       CASE WHEN isRisk THEN null
            ELSE head([k IN $keywordPatterns
                       WHERE toLower(coalesce(c.summary, '')) =~ k.pattern
                          OR any(w IN coalesce(c.keywords, []) WHERE toLower(w) =~ k.pattern) | k.keyword]) END AS matched
  WHERE (isRisk AND inv.role IN coalesce($categoryRoles[c.category], $roles))
     OR (NOT isRisk AND matched IS NOT NULL AND inv.role IN $roles)
  WITH c, inv, matched ORDER BY c.occurredAt, c.id
  RETURN collect({kind: 'case', id: c.id, date: toString(date(c.occurredAt)), category: c.category, role: inv.role,
                  district: c.policeDistrictCode, matchedKeyword: matched}) AS evidence
}
WITH p, evidence
WHERE size(evidence) >= $minCases
RETURN p.id AS personId, null AS addressId, size(evidence) AS value, $minCases AS threshold, evidence
