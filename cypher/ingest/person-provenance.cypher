// Where the facts about a person came from, newest first: each applied, stale or retracted record
// about them (the person, residences, kinship, partnerships, involvements, their cases) and its batch.
MATCH (v:Provenance {personId: $personId})
RETURN toString(v.at) AS at, v.batchId AS batchId, v.source AS source, v.actor AS actor, v.file AS file, v.line AS line,
       v.recordType AS recordType, v.key AS key, v.action AS action, v.changes AS changes, v.reason AS reason
ORDER BY v.at DESC, v.line DESC
LIMIT $limit
