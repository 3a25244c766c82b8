// A family as on $asOf in one round trip: the searched person, whether the caller may read them
// (a coordinator of $districtCode: they live in the district on one of $dates, or belong to a flag
// the district owns or may read; $districtCode null: national), the kinship walk, the households
// and everyone in them, and each person's state, kinship and history.
//
// The walk is breadth first over PARENT_OF and PARTNER_OF (either direction), $depth steps (at most
// 4, unrolled below), each step's new persons in id order; it stops once the family holds more
// than $cap persons (`overflow`: the caller refuses it), and it does not start for a refused read.
// Households: every address where one of the kin is registered on $asOf, with everyone registered
// there on that date (kin or not), oldest registration first, at most $householdLimit per address.
MATCH (root:Person {id: $personId})
WITH root, date($asOf) AS asOf,
     $districtCode IS NULL
     OR EXISTS {
          MATCH (root)-[r:LIVES_AT]->(:Address)-[:IN]->(:Municipality)-[:IN]->(:PoliceDistrict {code: $districtCode})
          WHERE any(d IN $dates WHERE r.from <= date(d) AND (r.to IS NULL OR r.to > date(d)))
        }
     OR EXISTS { MATCH (f:Flag)-[:HAS_MEMBER]->(root) WHERE f.districtCode = $districtCode OR $districtCode IN coalesce(f.caseDistrictCodes, []) }
     AS visible
WITH root, asOf, visible, [root] AS seen, CASE WHEN visible AND $depth >= 1 THEN [root] ELSE [] END AS frontier
WITH root, asOf, visible, seen,
     COLLECT { UNWIND frontier AS f MATCH (f)-[:PARENT_OF|PARTNER_OF]-(n:Person) WHERE NOT n IN seen RETURN DISTINCT n ORDER BY n.id } AS next
WITH root, asOf, visible, seen + next AS seen, CASE WHEN $depth >= 2 AND size(seen) + size(next) <= $cap THEN next ELSE [] END AS frontier
WITH root, asOf, visible, seen,
     COLLECT { UNWIND frontier AS f MATCH (f)-[:PARENT_OF|PARTNER_OF]-(n:Person) WHERE NOT n IN seen RETURN DISTINCT n ORDER BY n.id } AS next
WITH root, asOf, visible, seen + next AS seen, CASE WHEN $depth >= 3 AND size(seen) + size(next) <= $cap THEN next ELSE [] END AS frontier
WITH root, asOf, visible, seen,
     COLLECT { UNWIND frontier AS f MATCH (f)-[:PARENT_OF|PARTNER_OF]-(n:Person) WHERE NOT n IN seen RETURN DISTINCT n ORDER BY n.id } AS next
WITH root, asOf, visible, seen + next AS seen, CASE WHEN $depth >= 4 AND size(seen) + size(next) <= $cap THEN next ELSE [] END AS frontier
WITH root, asOf, visible, seen,
     COLLECT { UNWIND frontier AS f MATCH (f)-[:PARENT_OF|PARTNER_OF]-(n:Person) WHERE NOT n IN seen RETURN DISTINCT n ORDER BY n.id } AS next
WITH root, asOf, visible, seen + next AS kin
WITH root, asOf, visible, kin, size(kin) > $cap AS overflow
WITH root, asOf, visible, kin, overflow, CASE WHEN visible AND NOT overflow THEN kin ELSE [] END AS family
WITH root, asOf, visible, kin, overflow, COLLECT {
  UNWIND family AS k
  MATCH (k)-[r:LIVES_AT]->(a:Address)
  WHERE r.from <= asOf AND (r.to IS NULL OR r.to > asOf)
  WITH DISTINCT a, asOf
  CALL (a, asOf) {
    MATCH (p:Person)-[r:LIVES_AT]->(a)
    WHERE r.from <= asOf AND (r.to IS NULL OR r.to > asOf) AND p.birthDate <= asOf AND (p.deathDate IS NULL OR p.deathDate > asOf)
    WITH p, min(r.from) AS since
    ORDER BY since, p.id
    RETURN collect({personId: p.id, since: since}) AS residents
  }
  OPTIONAL MATCH (a)-[:IN]->(m:Municipality)
  RETURN {addressId: a.id, street: a.street, postalCode: a.postalCode, city: a.city,
          municipalityCode: coalesce(m.code, a.municipalityCode), municipalityName: m.name,
          residents: residents[..$householdLimit], residentCount: size(residents)} AS household
  ORDER BY household.addressId
} AS households
WITH root, asOf, visible, kin, overflow, households, [k IN kin | k.id] AS kinIds
WITH root, asOf, visible, overflow, households, kinIds,
     kinIds + COLLECT {
       UNWIND households AS h
       UNWIND h.residents AS resident
       WITH DISTINCT resident.personId AS id WHERE NOT id IN kinIds
       RETURN id ORDER BY id
     } AS ids
WITH root, asOf, visible, overflow, households, kinIds, ids,
     CASE WHEN visible AND NOT overflow THEN ids ELSE [] END AS shown
RETURN root {.id, .name, .sex, .birthDate, .deathDate} AS root, visible, overflow, size(kinIds) AS kinCount, kinIds, households,
  COLLECT {
    UNWIND shown AS id
    MATCH (p:Person {id: id})
    RETURN p {.id, .name, .sex, .birthDate, .deathDate,
              born: p.birthDate <= asOf,
              deceased: p.deathDate IS NOT NULL AND p.deathDate <= asOf,
              age: CASE
                     WHEN p.birthDate > asOf THEN null
                     WHEN p.deathDate IS NOT NULL AND p.deathDate <= asOf THEN duration.inMonths(p.birthDate, p.deathDate).years
                     ELSE duration.inMonths(p.birthDate, asOf).years
                   END,
              periods: COUNT { (p)-[r:LIVES_AT]->(:Address) WHERE r.from <= asOf },
              flags: COLLECT { MATCH (f:Flag)-[:HAS_MEMBER]->(p) RETURN f {.id, .status} ORDER BY f.id LIMIT 20 }} AS person
    ORDER BY person.id
  } AS persons,
  COLLECT {
    UNWIND shown AS id
    MATCH (a:Person {id: id})-[:PARENT_OF]->(b:Person)
    WHERE b.id IN shown
    RETURN {type: 'parent', a: a.id, b: b.id, kind: null, from: null, to: null} AS link
  } + COLLECT {
    UNWIND shown AS id
    MATCH (a:Person {id: id})-[r:PARTNER_OF]->(b:Person)
    WHERE b.id IN shown
    RETURN {type: 'partner', a: a.id, b: b.id, kind: r.kind, from: r.from, to: r.to} AS link
  } AS kin,
  COLLECT {
    UNWIND shown AS id
    MATCH (p:Person {id: id})-[i:INVOLVED_IN]->(c:Case)
    WHERE date(c.occurredAt) <= asOf
    OPTIONAL MATCH (cat:Category {code: c.category})
    WITH p.id AS personId, c.category AS category, c['subcategory'] AS subcategory, cat.labelDa AS labelDa, cat.labelEn AS labelEn,
         i.role AS role, count(*) AS count
    ORDER BY personId, category, subcategory, role
    RETURN {personId: personId, category: category, subcategory: subcategory, labelDa: labelDa, labelEn: labelEn, role: role, count: count} AS row
  } AS history
