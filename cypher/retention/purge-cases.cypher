// One batch of cases older than their category's retention period and cited by nothing (no flag,
// flag version or approved report), with their involvements.
MATCH (c:Case)
WHERE c.occurredAt < datetime($latestCutoff)
  AND c.occurredAt < datetime(coalesce($cutoffs[c.category], $defaultCutoff))
  AND NOT c.id IN $cited
WITH c LIMIT $batchSize
DETACH DELETE c
RETURN count(*) AS deleted
