// The inbox: flags ordered by score, then age; filters are optional (null = any). A flag is new when
// it was raised or reopened after $newSince (null: the user's first visit, so every flag is new).
MATCH (fl:Flag)
WHERE (fl.active = true OR $includeInactive OR fl.status <> 'NEW')
  AND ($districtCode IS NULL OR fl.districtCode = $districtCode)
  AND ($status IS NULL OR fl.status = $status)
  AND ($municipalityCode IS NULL OR fl.municipalityCode = $municipalityCode)
  AND ($ruleId IS NULL OR $ruleId IN fl.ruleIds)
  AND ($minScore IS NULL OR fl.score >= $minScore)
  AND ($assignee IS NULL OR fl.assignee = $assignee)
WITH fl ORDER BY fl.score DESC, fl.createdAt ASC, fl.id ASC
WITH collect(fl) AS matched
RETURN size(matched) AS total,
       [fl IN matched[$offset..($offset + $limit)] | fl {.id, .status, .active, .score, .municipalityCode, .districtCode, .ruleIds,
         .childIds, .assignee, createdAt: toString(fl.createdAt), updatedAt: toString(fl.updatedAt), asOf: toString(fl.asOf),
         isNew: $newSince IS NULL OR fl.createdAt > datetime($newSince)
                OR (fl.reopenedAt IS NOT NULL AND fl.reopenedAt > datetime($newSince))}] AS flags
