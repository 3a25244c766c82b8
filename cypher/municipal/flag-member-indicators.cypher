// A police flag's members' indicators from one municipality (shared to police only under a sharing basis).
MATCH (fl:Flag {id: $flagId})-[:HAS_MEMBER]->(p:Person)<-[:CONCERNS]-(i:Indicator {municipalityCode: $municipalityCode})
RETURN p.id AS personId, i.kind AS kind, toString(i.date) AS date
ORDER BY personId, date
