// id: municipal-dental-no-shows
// title.da: Gentagne udeblivelser fra tandplejen
// title.en: Repeated missed dental care
// kind: trigger
// source: municipal
// weight: 30
// explain.da: {person} er udeblevet fra den kommunale tandpleje {value} gange inden for {windowYears} år (tærskel {threshold}).
// explain.en: {person} missed municipal dental care {value} times within {windowYears} years (threshold {threshold}).
// description.da: Et barn med mindst minNoShows udeblivelser fra tandplejen registreret af kommunen inden for perioden (Gladsaxe-modellens første indikator).
// description.en: A child with at least minNoShows missed dental appointments registered by the municipality within the window (the Gladsaxe model's first indicator).
// param minNoShows: integer = 2 (1..20)
//   reason.da: én udeblivelse kan ske for alle; en gentagelse er det mønster, Gladsaxe-modellen nævner.
//   reason.en: one missed appointment happens to anybody; a repeat is the pattern the Gladsaxe model names.
// param windowYears: integer = 2 (1..10)
//   reason.da: tandpleje i den seneste tid.
//   reason.en: recent care.
MATCH (child:Person)
WHERE child.id IN $scope
MATCH (i:Indicator {kind: 'dental-no-show'})
WHERE i.personId = child.id
  AND i.municipalityCode = $municipalityCode
  AND i.date <= date($asOf) AND i.date > date($asOf) - duration({years: $windowYears})
  AND child.birthDate > date($asOf) - duration({years: 18})
WITH child, i ORDER BY i.date
WITH child, collect({kind: 'indicator', id: i.id, date: toString(i.date), category: i.kind, municipality: i.municipalityCode}) AS evidence
WHERE size(evidence) >= $minNoShows
RETURN child.id AS personId, null AS addressId, size(evidence) AS value, $minNoShows AS threshold, evidence
