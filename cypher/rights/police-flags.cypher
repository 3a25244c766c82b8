// The police flags a person is a member of, with how many stored versions each has, and the
// reports written on them (the person named as a child, or as an adult of the family).
MATCH (f:Flag)-[m:HAS_MEMBER]->(:Person {id: $personId})
OPTIONAL MATCH (f)-[:HAS_REPORT]->(r:Report)
RETURN f.id AS flagId, f.status AS status, f.districtCode AS districtCode, coalesce(f.ruleIds, []) AS ruleIds,
       toString(f.createdAt) AS createdAt, m.relation AS relation,
       COUNT { MATCH (f)--(:FlagVersion) } AS versions,
       CASE WHEN r IS NULL THEN null ELSE r {.reference, .status, .municipalityCode, issueDate: toString(r.issueDate),
         asChild: $personId IN coalesce(r.childIds, [])} END AS report
ORDER BY createdAt, flagId
