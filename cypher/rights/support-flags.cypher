// The municipality's support flags a person is a member of, with the decisions and the family's answer.
MATCH (fl:SupportFlag {municipalityCode: $municipalityCode})
WHERE $personId IN coalesce(fl.memberIds, [])
RETURN fl.id AS flagId, fl.status AS status, coalesce(fl.ruleIds, []) AS ruleIds, toString(fl.asOf) AS asOf,
       toString(fl.createdAt) AS createdAt, fl.familyAnswer AS familyAnswer
ORDER BY createdAt, flagId
