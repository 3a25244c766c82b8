// One batch of municipal support flags no longer active and untouched since the cutoff, with their history.
MATCH (fl:SupportFlag)
WHERE fl.active = false AND fl.updatedAt < datetime($cutoff)
WITH fl LIMIT $batchSize
OPTIONAL MATCH (fl)-[:HAS_EVENT]->(e:SupportFlagEvent)
DETACH DELETE fl, e
RETURN count(DISTINCT fl) AS deleted
