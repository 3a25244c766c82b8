// Removes only this test's own records (ids with its prefix), and the flags of its clusters
// (police flags are flag-<addressId>, municipal ones support-<municipality>-<addressId>).
MATCH (n)
WHERE n.id STARTS WITH $prefix OR n.id STARTS WITH 'flag-' + $prefix
   OR (n.id STARTS WITH 'support-' AND substring(n.id, 12) STARTS WITH $prefix)
OPTIONAL MATCH (n)-[:HAS_EVENT]->(e)
DETACH DELETE n, e
