// id: municipal-extra-health-visits
// title.da: Ekstra besøg af sundhedsplejersken
// title.en: Extra health-visitor visits
// kind: context
// source: municipal
// weight: 20
// explain.da: {person} har fået {value} ekstra besøg af sundhedsplejersken inden for {windowYears} år (tærskel {threshold}).
// explain.en: {person} has had {value} extra health-visitor visits within {windowYears} years (threshold {threshold}).
// description.da: Et mindre barn med ekstra (behovsbestemte) besøg af sundhedsplejersken inden for perioden. Begrundelse: Gladsaxe-modellen nævner "ekstra behovssundhedspleje" som en af familiens indgange til kommunen (kilde 003); de ekstra besøg er allerede støtte, så reglen er en kontekstregel.
// description.en: A young child with extra (needs-based) health-visitor visits in the window. Reason: the Gladsaxe model names "ekstra behovssundhedspleje" as one of the family's entries to the municipality (seed 003); the extra visits are already support, so this is a context rule.
// param minVisits: integer = 2 (1..20)
//   reason.da: mere end et enkelt ekstra besøg.
//   reason.en: more than a single extra visit.
// param windowYears: integer = 1 (1..5)
//   reason.da: spædbarnsalderen er kort.
//   reason.en: infancy is short.
MATCH (child:Person)
WHERE child.id IN $scope
  AND child.birthDate > date($asOf) - duration({years: 6})
MATCH (i:Indicator {kind: 'extra-health-visits'})
WHERE i.personId = child.id
  AND i.municipalityCode = $municipalityCode
  AND i.date <= date($asOf) AND i.date > date($asOf) - duration({years: $windowYears})
WITH child, i ORDER BY i.date
WITH child, collect({kind: 'indicator', id: i.id, date: toString(i.date), category: i.kind, municipality: i.municipalityCode}) AS evidence
WHERE size(evidence) >= $minVisits
RETURN child.id AS personId, null AS addressId, size(evidence) AS value, $minVisits AS threshold, evidence
