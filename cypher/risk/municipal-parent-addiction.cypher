// id: municipal-parent-addiction
// title.da: Forælder i misbrugsbehandling
// title.en: Parent in addiction treatment
// kind: context
// source: municipal
// weight: 20
// explain.da: {person} har været i behandling for alkohol- eller stofmisbrug inden for {windowYears} år.
// explain.en: {person} has been in treatment for alcohol or drug misuse within {windowYears} years.
// description.da: En forælder (en voksen i klyngen), som kommunen har registreret i misbrugsbehandling inden for perioden.
// description.en: A parent (an adult of the cluster) registered in addiction treatment by the municipality within the window.
// param windowYears: integer = 2 (1..10)
//   reason.da: igangværende eller nylig behandling.
//   reason.en: current or recent treatment.
// param minRecords: integer = 1 (1..10)
//   reason.da: én registrering af behandling er selve oplysningen.
//   reason.en: one registration of treatment is the fact itself.
MATCH (p:Person)
WHERE p.id IN $scope
MATCH (i:Indicator {kind: 'addiction-treatment'})
WHERE i.personId = p.id
  AND i.municipalityCode = $municipalityCode
  AND i.date <= date($asOf) AND i.date > date($asOf) - duration({years: $windowYears})
  AND p.birthDate <= date($asOf) - duration({years: 18})
WITH p, i ORDER BY i.date
WITH p, collect({kind: 'indicator', id: i.id, date: toString(i.date), category: i.kind, municipality: i.municipalityCode}) AS evidence
WHERE size(evidence) >= $minRecords
RETURN p.id AS personId, null AS addressId, size(evidence) AS value, $minRecords AS threshold, evidence
