// The addresses in one police district where a child under 18 lives on asOf: one partition of the full scan.
MATCH (:PoliceDistrict {code: $districtCode})<-[:IN]-(:Municipality)<-[:IN]-(a:Address)<-[r:LIVES_AT]-(child:Person)
WHERE r.from <= date($asOf) AND (r.to IS NULL OR r.to > date($asOf))
  AND child.birthDate > date($asOf) - duration({years: 18}) AND child.birthDate <= date($asOf)
  AND (child.deathDate IS NULL OR child.deathDate > date($asOf))
RETURN DISTINCT a.id AS addressId
ORDER BY addressId
