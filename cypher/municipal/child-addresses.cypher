// The addresses in one municipality where a child under $maxChildAge lives on asOf.
MATCH (:Municipality {code: $municipalityCode})<-[:IN]-(a:Address)<-[r:LIVES_AT]-(child:Person)
WHERE r.from <= date($asOf) AND (r.to IS NULL OR r.to > date($asOf))
  AND child.birthDate > date($asOf) - duration({years: $maxChildAge}) AND child.birthDate <= date($asOf)
  AND (child.deathDate IS NULL OR child.deathDate > date($asOf))
RETURN DISTINCT a.id AS addressId
ORDER BY addressId
