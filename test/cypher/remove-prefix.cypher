// Removes only this test's own records (ids with its prefix), the flags of its clusters (police
// flags are flag-<addressId>, municipal ones support-<municipality>-<addressId>) and its users.
MATCH (n)
WHERE n.id STARTS WITH $prefix OR n.id STARTS WITH 'flag-' + $prefix
   OR (n.id STARTS WITH 'support-' AND substring(n.id, 12) STARTS WITH $prefix)
   OR (n:User AND n.username STARTS WITH toLower($prefix))
OPTIONAL MATCH (n)-[:HAS_EVENT]->(e)
DETACH DELETE n, e
