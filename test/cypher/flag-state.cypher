MATCH (fl:Flag {id: $id})
RETURN fl.status AS status, fl.active AS active, fl.score AS score, fl.ruleIds AS ruleIds, fl.signals AS signals,
       toString(fl.updatedAt) AS updatedAt
