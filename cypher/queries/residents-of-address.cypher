// name: residents-of-address
// title: Everyone who lived at an address in a period
// description: Persons registered at the address at any time between from and to (either may be left out for an open end), with their periods.
// scopes: national
// param addressId: string — the address id
// param from: date = null (1900-01-01..2100-12-31) — start of the period (inclusive); null for no start
// param to: date = null (1900-01-01..2100-12-31) — end of the period (inclusive); null for no end
MATCH (a:Address {id: $addressId})<-[r:LIVES_AT]-(p:Person)
WHERE ($from IS NULL OR r.to IS NULL OR r.to > $from)
  AND ($to IS NULL OR r.from <= $to)
RETURN p.id AS personId, p.name AS name, toString(p.birthDate) AS birthDate,
       toString(r.from) AS livedFrom, toString(r.to) AS livedTo, p AS person, r AS residence, a AS address
ORDER BY r.from, p.id
