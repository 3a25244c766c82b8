// name: households-most-adults
// title.da: Husstandene med flest voksne
// title.en: The households with the most adults
// description.da: Adresser ordnet efter, hvor mange voksne der boede der på en dato, eventuelt inden for én kommune.
// description.en: Addresses ranked by how many adults lived there on a date, optionally within one municipality.
// scopes: national, municipality
// param asOf: date (1900-01-01..2100-12-31)
//   label.da: datoen, der tælles på
//   label.en: the date to count on
// param municipalityCode: string = null
//   label.da: en kommunekode (fx 851); tom for hele landet
//   label.en: a municipality code (e.g. 851); null for the whole country
// param adultAge: integer = 18 (16..25)
//   label.da: hvem der regnes som voksen
//   label.en: who counts as an adult
// param minAdults: integer = 3 (1..100)
//   label.da: udelad husstande med færre voksne
//   label.en: leave out households with fewer adults
// param top: integer = 25 (1..500)
//   label.da: hvor mange husstande der vises
//   label.en: how many households to list
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
