// Nodes whose id starts with the prefix, and the relationships touching them.
MATCH (n)
WHERE n.id STARTS WITH $prefix
OPTIONAL MATCH (n)-[r]-()
RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS relationships
