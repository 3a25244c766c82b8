// id: municipal-school-absence
// title.da: Ulovligt skolefravær
// title.en: Unlawful school absence
// kind: trigger
// source: municipal
// weight: 30
// explain.da: {person} har {value} registreringer af ulovligt skolefravær inden for {windowYears} år (tærskel {threshold}).
// explain.en: {person} has {value} registrations of unlawful school absence within {windowYears} years (threshold {threshold}).
// description.da: Et barn i skolealderen med gentaget ulovligt skolefravær inden for perioden. Begrundelse: loven nævner det selv — et barn kan have behov for særlig støtte "på grund af barnets eller den unges ulovlige skolefravær eller undladelse af at opfylde undervisningspligten" (underretningspligten, kilde 002) — så det rejser et tilbud alene.
// description.en: A school-age child with repeated unlawful absence in the window. Reason: the law itself names it — a child may need special support "because of the child's or young person's unlawful absence from school or failure to meet compulsory education" (the duty to notify, seed 002, translated from the Danish) — so it raises an offer on its own.
// param minRecords: integer = 2 (1..20)
//   reason.da: et mønster, ikke én dag.
//   reason.en: a pattern, not one day.
// param windowYears: integer = 1 (1..5)
//   reason.da: dette skoleår og det forrige.
//   reason.en: this school year and the last.
MATCH (child:Person)
WHERE child.id IN $scope
  AND child.birthDate > date($asOf) - duration({years: 18})
MATCH (i:Indicator {kind: 'school-absence'})
WHERE i.personId = child.id
  AND i.municipalityCode = $municipalityCode
  AND i.date <= date($asOf) AND i.date > date($asOf) - duration({years: $windowYears})
WITH child, i ORDER BY i.date
WITH child, collect({kind: 'indicator', id: i.id, date: toString(i.date), category: i.kind, municipality: i.municipalityCode}) AS evidence
WHERE size(evidence) >= $minRecords
RETURN child.id AS personId, null AS addressId, size(evidence) AS value, $minRecords AS threshold, evidence
