// name: households-most-adults
// title: The households with the most adults
// description: Addresses ranked by how many adults lived there on a date, optionally within one municipality.
// scopes: national, municipality
// param asOf: date (1900-01-01..2100-12-31) — the date to count on
// param municipalityCode: string = null — a municipality code (e.g. 851); null for the whole country
// param adultAge: integer = 18 (16..25) — who counts as an adult
// param minAdults: integer = 3 (1..100) — leave out households with fewer adults
// param top: integer = 25 (1..500) — how many households to list
MATCH (a:Address)<-[r:LIVES_AT]-(p:Person)
WHERE ($municipalityCode IS NULL OR a.municipalityCode = $municipalityCode)
  AND r.from <= $asOf AND (r.to IS NULL OR r.to > $asOf)
  AND p.birthDate <= $asOf - duration({years: $adultAge})
  AND (p.deathDate IS NULL OR p.deathDate > $asOf)
WITH a, collect(p.id) AS personIds
WHERE size(personIds) >= $minAdults
RETURN a.id AS addressId, a.street AS street, a.postalCode AS postalCode, a.city AS city,
       a.municipalityCode AS municipalityCode, size(personIds) AS adults, personIds
ORDER BY adults DESC, addressId
LIMIT $top
