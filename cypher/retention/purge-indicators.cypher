// One batch of municipal indicators older than their retention period and cited by no support flag.
MATCH (i:Indicator)
WHERE i.date < date($cutoff)
  AND NOT i.id IN $cited
WITH i LIMIT $batchSize
DETACH DELETE i
RETURN count(*) AS deleted
