// id: address-churn
// title.da: Mange adresseskift
// title.en: Many address changes
// kind: context
// weight: 15
// explain.da: {person} har skiftet adresse {value} gange inden for {windowYears} år (tærskel {threshold}).
// explain.en: {person} has changed address {value} times within {windowYears} years (threshold {threshold}).
// description.da: En person med mindst minChanges adresseskift inden for perioden før datoen (asOf). Den første registrerede adresse tæller ikke som et skift.
// description.en: A person with at least minChanges address changes within the window before asOf. The first registered address is not a change.
// param minChanges: integer = 5 (2..50)
//   reason.da: de fleste flytter en håndfuld gange i løbet af et liv; fem flytninger på tre år er et ustabilt hjem (Familien X: 16–36 skift).
//   reason.en: most people move a handful of times in a lifetime; five moves in three years is an unsettled home (Familien X: 16–36 changes).
// param windowYears: integer = 3 (1..15)
//   reason.da: ustabilitet i den seneste tid.
//   reason.en: recent instability.
MATCH (p:Person)-[r:LIVES_AT]->(a:Address)
WHERE p.id IN $scope
  AND r.from <= date($asOf)
  AND (p.deathDate IS NULL OR p.deathDate > date($asOf))
  // minChanges changes need more than minChanges registered addresses: others are not read further
  AND COUNT { (p)-[:LIVES_AT]->() } > $minChanges
WITH p, r, a ORDER BY r.from
WITH p, collect({r: r, a: a}) AS periods
// the first registered address is not a change; each change names where from and where to
WITH p, [i IN range(1, size(periods) - 1) WHERE periods[i].r.from > date($asOf) - duration({years: $windowYears})
         | {from: periods[i - 1].a, to: periods[i].a, on: periods[i].r.from}] AS moves
WHERE size(moves) >= $minChanges
RETURN p.id AS personId, null AS addressId, size(moves) AS value, $minChanges AS threshold,
       [m IN moves | {kind: 'move', id: m.to.id, date: toString(m.on),
                      fromAddressId: m.from.id, fromAddress: m.from.street + ', ' + m.from.postalCode + ' ' + m.from.city,
                      toAddressId: m.to.id, toAddress: m.to.street + ', ' + m.to.postalCode + ' ' + m.to.city,
                      municipality: m.to.municipalityCode}] AS evidence
