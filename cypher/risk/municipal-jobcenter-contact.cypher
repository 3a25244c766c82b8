// id: municipal-jobcenter-contact
// title.da: Forælder med tilknytning til jobcenteret
// title.en: Parent in contact with the job centre
// kind: context
// source: municipal
// weight: 15
// explain.da: {person} har haft {value} registreringer af kontakt med jobcenteret inden for {windowYears} år (tærskel {threshold}).
// explain.en: {person} has {value} registered job-centre contacts within {windowYears} years (threshold {threshold}).
// description.da: En forælder med gentagen kontakt med jobcenteret inden for perioden. Begrundelse: Gladsaxe-modellen nævner "tilknytning til jobcenter" blandt sine risikoindikatorer (kilde 003); ledighed alene siger lidt, så reglen er en kontekstregel, der kun rejser et flag sammen med en anden indikator.
// description.en: A parent with repeated job-centre contact in the window. Reason: the Gladsaxe model names "tilknytning til jobcenter" among its risk indicators (seed 003); unemployment alone says little, so this is a context rule that flags only together with another indicator.
// param minRecords: integer = 2 (1..20)
//   reason.da: en varig tilknytning, ikke én aftale.
//   reason.en: a lasting attachment, not one appointment.
// param windowYears: integer = 2 (1..10)
//   reason.da: familiens situation nu.
//   reason.en: the family's situation now.
MATCH (p:Person)
WHERE p.id IN $scope
  AND p.birthDate <= date($asOf) - duration({years: 18})
MATCH (i:Indicator {kind: 'jobcenter-contact'})
WHERE i.personId = p.id
  AND i.municipalityCode = $municipalityCode
  AND i.date <= date($asOf) AND i.date > date($asOf) - duration({years: $windowYears})
WITH p, i ORDER BY i.date
WITH p, collect({kind: 'indicator', id: i.id, date: toString(i.date), category: i.kind, municipality: i.municipalityCode}) AS evidence
WHERE size(evidence) >= $minRecords
RETURN p.id AS personId, null AS addressId, size(evidence) AS value, $minRecords AS threshold, evidence
