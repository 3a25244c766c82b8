// name: residents-of-address
// title.da: Alle, der boede på en adresse i en periode
// title.en: Everyone who lived at an address in a period
// description.da: Personer registreret på adressen på et tidspunkt mellem fra og til (begge kan udelades for en åben ende), med deres perioder.
// description.en: Persons registered at the address at any time between from and to (either may be left out for an open end), with their periods.
// scopes: national
// param addressId: string
//   label.da: adressens id
//   label.en: the address id
// param from: date = null (1900-01-01..2100-12-31)
//   label.da: periodens start (inklusive); tom for ingen start
//   label.en: start of the period (inclusive); null for no start
// param to: date = null (1900-01-01..2100-12-31)
//   label.da: periodens slutning (inklusive); tom for ingen slutning
//   label.en: end of the period (inclusive); null for no end
MATCH (a:Address {id: $addressId})<-[r:LIVES_AT]-(p:Person)
WHERE ($from IS NULL OR r.to IS NULL OR r.to > $from)
  AND ($to IS NULL OR r.from <= $to)
RETURN p.id AS personId, p.name AS name, toString(p.birthDate) AS birthDate,
       toString(r.from) AS livedFrom, toString(r.to) AS livedTo, p AS person, r AS residence, a AS address
ORDER BY r.from, p.id
