// Removes only this test's own records (ids with its prefix), and the flags of its clusters.
MATCH (n)
WHERE n.id STARTS WITH $prefix OR n.id STARTS WITH 'flag-' + $prefix
OPTIONAL MATCH (n)-[:HAS_EVENT]->(e)
DETACH DELETE n, e
