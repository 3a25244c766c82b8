// One person for the person view in one round trip: whether the caller may read them (a coordinator
// of $districtCode: they live in the district on one of $dates, or belong to a flag the district
// owns or may read; $districtCode null: national), and, only then, their residence periods (newest
// first; $residenceLimit is the cap plus one, to tell truncation) and their parents, children and
// partners (PARTNER_OF is stored once per pair: matched undirected), at most $kinLimit each.
MATCH (p:Person {id: $id})
WITH p,
     $districtCode IS NULL
     OR EXISTS {
          MATCH (p)-[r:LIVES_AT]->(:Address)-[:IN]->(:Municipality)-[:IN]->(:PoliceDistrict {code: $districtCode})
          WHERE any(d IN $dates WHERE r.from <= date(d) AND (r.to IS NULL OR r.to > date(d)))
        }
     OR EXISTS { MATCH (f:Flag)-[:HAS_MEMBER]->(p) WHERE f.districtCode = $districtCode OR $districtCode IN coalesce(f.caseDistrictCodes, []) }
     AS visible
RETURN p {.id, .name, .sex, .birthDate, .deathDate} AS person, visible,
  COLLECT {
    MATCH (p)-[r:LIVES_AT]->(a:Address)
    WHERE visible
    OPTIONAL MATCH (a)-[:IN]->(m:Municipality)
    WITH a, m, r ORDER BY r.from DESC, a.id LIMIT $residenceLimit
    RETURN {addressId: a.id, street: a.street, postalCode: a.postalCode, city: a.city,
            municipalityCode: coalesce(m.code, a.municipalityCode), municipalityName: m.name, from: r.from, to: r.to}
  } AS residences,
  {
    parents: COLLECT {
      MATCH (k:Person)-[:PARENT_OF]->(p) WHERE visible
      RETURN k {.id, .name, .sex, .birthDate, .deathDate} ORDER BY k.birthDate, k.id LIMIT $kinLimit
    },
    children: COLLECT {
      MATCH (p)-[:PARENT_OF]->(k:Person) WHERE visible
      RETURN k {.id, .name, .sex, .birthDate, .deathDate} ORDER BY k.birthDate, k.id LIMIT $kinLimit
    },
    partners: COLLECT {
      MATCH (p)-[r:PARTNER_OF]-(k:Person) WHERE visible
      RETURN {person: k {.id, .name, .sex, .birthDate, .deathDate}, kind: r.kind, from: r.from, to: r.to}
      ORDER BY r.from, k.id LIMIT $kinLimit
    }
  } AS kinship
