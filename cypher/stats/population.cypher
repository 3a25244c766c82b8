// Persons living in each municipality on a date (the denominator of the flag rate). Aggregates only.
UNWIND $municipalityCodes AS code
MATCH (m:Municipality {code: code})
CALL {
  WITH m
  MATCH (m)<-[:IN]-(:Address)<-[r:LIVES_AT]-(p:Person)
  WHERE r.from <= date($date) AND (r.to IS NULL OR r.to > date($date))
    AND p.birthDate <= date($date) AND (p.deathDate IS NULL OR p.deathDate > date($date))
  RETURN count(DISTINCT p) AS population
}
RETURN m.code AS municipalityCode, population
