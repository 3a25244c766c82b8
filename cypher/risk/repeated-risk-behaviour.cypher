// id: repeated-risk-behaviour
// title.da: Gentagen risikoadfærd
// title.en: Repeated risk behaviour
// kind: trigger
// weight: 40
// explain.da: {person} er registreret som mistænkt eller sigtet i {value} sager med risikoadfærd inden for {windowYears} år (tærskel {threshold}).
// explain.en: {person} is registered as suspect or charged in {value} risk-behaviour cases within {windowYears} years (threshold {threshold}).
// description: An adult involved as suspect or charged in at least minCases risk cases within the window before asOf. A case counts when its category is a risk category, or when a configured keyword occurs in its summary or keywords.
// param minCases: integer = 3 (2..50) — "again and again" is what turns a case into a concern (sources): one case is an incident, three in a few years a pattern.
// param windowYears: integer = 3 (1..15) — recent behaviour; old cases stay visible in the history but stop triggering.
// param roles: string[] = ["suspect", "charged"] — the person's own risk behaviour, not being a victim or witness.
// param keywords: string[] = ["kniv", "selvmord", "truede", "beruset", "narko", "børn til stede", "vold i hjemmet"] — words that bring a case from another category into scope (sources: selected words in the summary).
// param adultAge: integer = 18 (16..25) — focus is on the adults' risk behaviour.
MATCH (cat:Category {risk: true})
WITH collect(cat.code) AS riskCodes
MATCH (p:Person)
USING INDEX p:Person(id)
WHERE p.id IN $scope
  AND p.birthDate <= date($asOf) - duration({years: $adultAge})
  AND (p.deathDate IS NULL OR p.deathDate > date($asOf))
// per person: expand from the scoped persons, never scan all cases of the window
CALL {
  WITH p, riskCodes
  MATCH (p)-[inv:INVOLVED_IN]->(c:Case)
  WHERE inv.role IN $roles
    // the case's own calendar date; written as a function so the planner expands from the person
    AND date(c.occurredAt) <= date($asOf)
    AND date(c.occurredAt) > date($asOf) - duration({years: $windowYears})
    AND (c.category IN riskCodes
         OR any(k IN $keywords WHERE toLower(coalesce(c.summary, '')) CONTAINS toLower(k)
                                  OR any(w IN coalesce(c.keywords, []) WHERE toLower(w) = toLower(k))))
  WITH c, inv ORDER BY c.occurredAt, c.id
  RETURN collect({kind: 'case', id: c.id, date: toString(date(c.occurredAt)), category: c.category, role: inv.role,
                  district: c.policeDistrictCode}) AS evidence
}
WITH p, evidence
WHERE size(evidence) >= $minCases
RETURN p.id AS personId, null AS addressId, size(evidence) AS value, $minCases AS threshold, evidence
