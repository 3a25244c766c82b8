// Removes only this test's own records (ids with its prefix), the flags of its clusters (police
// flags are flag-<addressId>, municipal ones support-<municipality>-<addressId>), its users, and the
// provenance and retraction tombstones of its records.
MATCH (n)
WHERE n.id STARTS WITH $prefix OR n.id STARTS WITH 'flag-' + $prefix
   OR (n.id STARTS WITH 'support-' AND substring(n.id, 12) STARTS WITH $prefix)
   OR (n:User AND n.username STARTS WITH toLower($prefix))
   OR (n:Provenance AND n.personId STARTS WITH $prefix)
   OR (n:Retracted AND n.key CONTAINS $prefix)
OPTIONAL MATCH (n)-[:HAS_EVENT]->(e)
DETACH DELETE n, e
