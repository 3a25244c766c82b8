// One batch of flags dismissed longer ago than the retention period, with their history and versions.
MATCH (fl:Flag {status: 'DISMISSED'})
WHERE fl.dismissedAt < date($cutoff)
WITH fl LIMIT $batchSize
OPTIONAL MATCH (fl)-[:HAS_EVENT]->(e:FlagEvent)
OPTIONAL MATCH (fl)-[:HAS_VERSION]->(v:FlagVersion)
DETACH DELETE fl, e, v
RETURN count(DISTINCT fl) AS deleted
