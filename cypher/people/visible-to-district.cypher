// Which of $ids a coordinator of police district $districtCode may read: persons living, on one
// of $dates, at an address in a municipality of the district, or members of a flag the district owns or
// may read (it registered a case in the flag's evidence).
UNWIND $ids AS id
MATCH (p:Person {id: id})
WHERE EXISTS {
        MATCH (p)-[r:LIVES_AT]->(:Address)-[:IN]->(:Municipality)-[:IN]->(:PoliceDistrict {code: $districtCode})
        WHERE any(d IN $dates WHERE r.from <= date(d) AND (r.to IS NULL OR r.to > date(d)))
      }
   OR EXISTS { MATCH (f:Flag)-[:HAS_MEMBER]->(p) WHERE f.districtCode = $districtCode OR $districtCode IN coalesce(f.caseDistrictCodes, []) }
RETURN p.id AS id
