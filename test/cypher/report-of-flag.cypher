MATCH (:Flag {id: $id})-[:HAS_REPORT]->(r:Report)
RETURN r.id AS id, r.status AS status, r.flagVersion AS flagVersion, r.approvedFlagVersion AS approvedFlagVersion,
       r.municipalityCode AS municipalityCode
ORDER BY r.createdAt
