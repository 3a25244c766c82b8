// System and municipal records next to a test person, each property holding a marker that a
// saved query must never return. Ids start with the test's prefix (remove-prefix removes them).
MATCH (p:Person {id: $personId})
CREATE (u:User {id: $prefix + 'user', username: $prefix + 'user', passwordHash: $secret + '-passwordHash'})
CREATE (k:ApiKey {id: $prefix + 'key', name: $secret + '-name', keyHash: $secret + '-keyHash'})
CREATE (f:Flag {id: $prefix + 'flag', caseIds: [$secret + '-case'], summary: $secret + '-flag'})
CREATE (v:FlagVersion {id: $prefix + 'flagversion', hash: $secret + '-hash'})
CREATE (s:ScanLock {id: $prefix + 'scanlock', owner: $secret + '-owner'})
CREATE (i:Indicator {id: $prefix + 'indicator', personId: p.id, kind: 'skolefravær', detail: $secret + '-detail', source: $secret + '-source'})
CREATE (sf:SupportFlag {id: $prefix + 'supportflag', note: $secret + '-note'})
CREATE (sb:SharingBasis {id: $prefix + 'sharingbasis', legalBasis: $secret + '-legal'})
CREATE (i)-[:ABOUT {note: $secret + '-about'}]->(p)
CREATE (f)-[:HAS_VERSION]->(v)
CREATE (sf)-[:ABOUT]->(p)
CREATE (sb)-[:FOR]->(sf)
RETURN count(*) AS planted
