// The caseworker's inbox: only the municipality's own support flags.
MATCH (fl:SupportFlag {municipalityCode: $municipalityCode})
WHERE (fl.active = true OR fl.status <> 'NEW') AND ($status IS NULL OR fl.status = $status)
WITH fl ORDER BY fl.score DESC, fl.createdAt ASC, fl.id ASC
WITH collect(fl) AS matched
RETURN size(matched) AS total,
       [fl IN matched[$offset..($offset + $limit)] | fl {.id, .status, .active, .score, .ruleIds, .childIds, .municipalityCode,
         createdAt: toString(fl.createdAt), asOf: toString(fl.asOf)}] AS flags
