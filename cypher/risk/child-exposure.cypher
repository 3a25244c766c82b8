// id: child-exposure
// title.da: Barn udsat for vold eller husspektakler
// title.en: Child exposed to violence or domestic disturbance
// kind: trigger
// weight: 50
// explain.da: {person} (barn) er registreret som forurettet eller vidne i {value} sager om vold eller husspektakler inden for {windowYears} år.
// explain.en: {person} (a child) is registered as victim or witness in {value} cases of violence or domestic disturbance within {windowYears} years.
// description: A child under 18 on asOf involved as victim or witness in a case of violence or a domestic disturbance within the window.
// param categories: string[] = ["vold", "husspektakler"] — the sources name violence and domestic disturbances as what a child must not be exposed to.
// param roles: string[] = ["victim", "witness"] — the child's exposure, not its own behaviour.
// param windowYears: integer = 2 (1..10) — a recent exposure calls for a look now.
// param minCases: integer = 1 (1..10) — one exposure of a child is enough to look.
MATCH (child:Person)
USING INDEX child:Person(id)
WHERE child.id IN $scope
  AND child.birthDate > date($asOf) - duration({years: 18})
  AND child.birthDate <= date($asOf)
  AND (child.deathDate IS NULL OR child.deathDate > date($asOf))
CALL {
  WITH child
  MATCH (child)-[inv:INVOLVED_IN]->(c:Case)
  WHERE inv.role IN $roles
    AND c.category IN $categories
    // the case's own calendar date; written as a function so the planner expands from the person
    AND date(c.occurredAt) <= date($asOf)
    AND date(c.occurredAt) > date($asOf) - duration({years: $windowYears})
  WITH c, inv ORDER BY c.occurredAt, c.id
  RETURN collect({kind: 'case', id: c.id, date: toString(date(c.occurredAt)), category: c.category, role: inv.role,
                  district: c.policeDistrictCode}) AS evidence
}
WITH child, evidence
WHERE size(evidence) >= $minCases
RETURN child.id AS personId, null AS addressId, size(evidence) AS value, $minCases AS threshold, evidence
