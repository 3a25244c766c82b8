// The addresses where a child under 18 lives on asOf, per police district (the full scan's
// partitions), for the given districts in one pass: it starts from the children (the birth-date
// index), so the scan reads each child's residences once rather than once per district.
MATCH (child:Person)-[r:LIVES_AT]->(a:Address)
WHERE child.birthDate > date($asOf) - duration({years: 18}) AND child.birthDate <= date($asOf)
  AND (child.deathDate IS NULL OR child.deathDate > date($asOf))
  AND r.from <= date($asOf) AND (r.to IS NULL OR r.to > date($asOf))
WITH DISTINCT a
MATCH (a)-[:IN]->(:Municipality)-[:IN]->(d:PoliceDistrict)
WHERE d.code IN $districtCodes
RETURN d.code AS districtCode, a.id AS addressId
ORDER BY districtCode, addressId
