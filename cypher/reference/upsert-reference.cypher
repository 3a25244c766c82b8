// Reference data: police districts, municipalities (each IN one district), case categories.
// Idempotent; run at boot.
UNWIND $districts AS d
MERGE (pd:PoliceDistrict {code: d.code})
SET pd.name = d.name
WITH count(*) AS districts
UNWIND $municipalities AS m
MATCH (pd:PoliceDistrict {code: m.districtCode})
MERGE (mu:Municipality {code: m.code})
SET mu.name = m.name
// a municipality is IN exactly one district: a link left from older reference data goes
WITH districts, m, pd, mu
OPTIONAL MATCH (mu)-[stale:IN]->(other:PoliceDistrict) WHERE other <> pd
DELETE stale
WITH DISTINCT districts, m, pd, mu
MERGE (mu)-[:IN]->(pd)
WITH districts, count(*) AS municipalities
UNWIND $categories AS c
MERGE (cat:Category {code: c.code})
SET cat.labelDa = c.labelDa, cat.labelEn = c.labelEn, cat.risk = c.risk
RETURN districts, municipalities, count(*) AS categories
