// One batch of flags dismissed longer ago than the retention period, with their history.
MATCH (fl:Flag {status: 'DISMISSED'})
WHERE fl.dismissedAt < date($cutoff)
WITH fl LIMIT $batchSize
OPTIONAL MATCH (fl)-[:HAS_EVENT]->(e:FlagEvent)
DETACH DELETE fl, e
RETURN count(DISTINCT fl) AS deleted
