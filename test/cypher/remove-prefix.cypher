// Removes only this test's own records (ids with its prefix).
MATCH (n)
WHERE n.id STARTS WITH $prefix
DETACH DELETE n
