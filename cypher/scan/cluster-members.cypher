// The child-centred cluster at each address on asOf: everyone living there, the children's parents
// wherever they live, and the parents' current partners.
UNWIND $addressIds AS aid
MATCH (a:Address {id: aid})-[:IN]->(m:Municipality)-[:IN]->(d:PoliceDistrict)
CALL {
  WITH a
  MATCH (p:Person)-[r:LIVES_AT]->(a)
  WHERE r.from <= date($asOf) AND (r.to IS NULL OR r.to > date($asOf))
    AND p.birthDate <= date($asOf) AND (p.deathDate IS NULL OR p.deathDate > date($asOf))
  RETURN collect(DISTINCT {id: p.id, birthDate: toString(p.birthDate)}) AS residents
}
WITH a, m, d, residents,
     [x IN residents WHERE date(x.birthDate) > date($asOf) - duration({years: 18}) | x.id] AS childIds
WHERE size(childIds) > 0
CALL {
  WITH childIds
  UNWIND childIds AS cid
  MATCH (parent:Person)-[:PARENT_OF]->(:Person {id: cid})
  WHERE parent.deathDate IS NULL OR parent.deathDate > date($asOf)
  WITH collect(DISTINCT {parentId: parent.id, childId: cid}) AS parentLinks, collect(DISTINCT parent) AS parents
  // each parent's partners once, however many of the children are theirs
  CALL {
    WITH parents
    UNWIND parents AS parent
    OPTIONAL MATCH (parent)-[pr:PARTNER_OF]-(partner:Person)
    WHERE pr.from <= date($asOf) AND (pr.to IS NULL OR pr.to > date($asOf))
    RETURN collect(DISTINCT CASE WHEN partner IS NULL THEN null ELSE {parentId: parent.id, partnerId: partner.id} END) AS partnerLinks
  }
  RETURN parentLinks, partnerLinks
}
RETURN a.id AS addressId, m.code AS municipalityCode, d.code AS districtCode, residents, parentLinks, partnerLinks
ORDER BY addressId
