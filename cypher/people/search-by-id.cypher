// Exact id search.
MATCH (node:Person {id: $id})
WHERE $districtCode IS NULL
   OR EXISTS {
        MATCH (node)-[r:LIVES_AT]->(:Address)-[:IN]->(:Municipality)-[:IN]->(:PoliceDistrict {code: $districtCode})
        WHERE r.from <= date($today) AND (r.to IS NULL OR r.to > date($today))
      }
   OR EXISTS { MATCH (f:Flag)-[:HAS_MEMBER]->(node) WHERE f.districtCode = $districtCode OR $districtCode IN coalesce(f.caseDistrictCodes, []) }
RETURN node.id AS id, node.name AS name, node.sex AS sex, node.birthDate AS birthDate, node.deathDate AS deathDate
