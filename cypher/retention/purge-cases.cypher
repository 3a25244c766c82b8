// One batch of cases older than the retention period, with their involvements.
MATCH (c:Case)
WHERE c.occurredAt < datetime($cutoff)
WITH c LIMIT $batchSize
DETACH DELETE c
RETURN count(*) AS deleted
