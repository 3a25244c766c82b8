// For the re-check after an indicator ingest: the addresses (with their municipality) where the
// given persons live with a child under $maxChildAge on asOf, or where their own such children live.
UNWIND $personIds AS pid
MATCH (p:Person {id: pid})
CALL (p) {
  MATCH (p)-[r:LIVES_AT]->(a:Address)
  WHERE r.from <= date($asOf) AND (r.to IS NULL OR r.to > date($asOf))
  RETURN a
  UNION
  MATCH (p)-[:PARENT_OF]->(child:Person)-[r:LIVES_AT]->(a:Address)
  WHERE r.from <= date($asOf) AND (r.to IS NULL OR r.to > date($asOf))
  RETURN a
}
MATCH (a)-[:IN]->(m:Municipality)
WHERE EXISTS {
  MATCH (a)<-[r:LIVES_AT]-(child:Person)
  WHERE r.from <= date($asOf) AND (r.to IS NULL OR r.to > date($asOf))
    AND child.birthDate > date($asOf) - duration({years: $maxChildAge}) AND child.birthDate <= date($asOf)
}
RETURN m.code AS municipalityCode, collect(DISTINCT a.id) AS addressIds
