// For an incremental re-check: the addresses of the clusters the given persons belong to on asOf —
// where they live with a child, where their own children live, and those of their existing flags;
// and how many live flags are at those addresses.
UNWIND $personIds AS pid
MATCH (p:Person {id: pid})
CALL {
  WITH p
  MATCH (p)-[r:LIVES_AT]->(a:Address)
  WHERE r.from <= date($asOf) AND (r.to IS NULL OR r.to > date($asOf))
  RETURN a.id AS addressId
  UNION
  WITH p
  MATCH (p)-[:PARENT_OF]->(child:Person)-[r:LIVES_AT]->(a:Address)
  WHERE r.from <= date($asOf) AND (r.to IS NULL OR r.to > date($asOf))
    AND child.birthDate > date($asOf) - duration({years: 18})
  RETURN a.id AS addressId
  UNION
  WITH p
  MATCH (f:Flag)-[:HAS_MEMBER]->(p)
  RETURN f.addressId AS addressId
}
WITH collect(DISTINCT addressId) AS addressIds
// whether any live flag is at them: without one, a re-check has nothing to deactivate
RETURN addressIds, COUNT { MATCH (fl:Flag) WHERE fl.addressId IN addressIds AND fl.active = true } AS activeFlags
