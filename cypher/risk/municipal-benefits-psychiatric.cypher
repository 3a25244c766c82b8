// id: municipal-benefits-psychiatric
// title.da: Forælder på langvarig ydelse og i psykiatrisk behandling
// title.en: Parent on long-term benefits and in psychiatric treatment
// kind: context
// source: municipal
// weight: 20
// explain.da: {person} er på langvarig offentlig forsørgelse og har været i psykiatrisk behandling inden for {windowYears} år.
// explain.en: {person} is on long-term public benefits and has been in psychiatric treatment within {windowYears} years.
// description.da: En forælder med både en registrering af langvarig offentlig forsørgelse og en registrering af psykiatrisk behandling inden for perioden (regeringsudspillets kombinerede indikator).
// description.en: A parent with both a long-term benefits record and a psychiatric treatment record in the window (the government initiative's combined indicator).
// param windowYears: integer = 2 (1..10)
//   reason.da: kombinationen nu, ikke med flere års mellemrum.
//   reason.en: the combination now, not years apart.
MATCH (p:Person)
WHERE p.id IN $scope
MATCH (i:Indicator)
WHERE i.personId = p.id
  AND i.kind IN ['transfer-income', 'psychiatric-treatment']
  AND i.municipalityCode = $municipalityCode
  AND i.date <= date($asOf) AND i.date > date($asOf) - duration({years: $windowYears})
  AND p.birthDate <= date($asOf) - duration({years: 18})
WITH p, i ORDER BY i.date
WITH p, collect(DISTINCT i.kind) AS kinds,
     collect({kind: 'indicator', id: i.id, date: toString(i.date), category: i.kind, municipality: i.municipalityCode}) AS evidence
WHERE size(kinds) = 2
RETURN p.id AS personId, null AS addressId, 2 AS value, 2 AS threshold, evidence
