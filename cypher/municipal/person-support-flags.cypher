// Data-subject export: the municipality's support flags that concerned a person, with decisions.
MATCH (fl:SupportFlag {municipalityCode: $municipalityCode})
WHERE $personId IN fl.memberIds
OPTIONAL MATCH (fl)-[:HAS_EVENT]->(e:SupportFlagEvent)
WITH fl, e ORDER BY e.at
RETURN fl {.id, .status, .ruleIds, .signals, asOf: toString(fl.asOf)} AS flag,
       collect(CASE WHEN e IS NULL THEN null ELSE e {.decision, .note, at: toString(e.at)} END) AS decisions
