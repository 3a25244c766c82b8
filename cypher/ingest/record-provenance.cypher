// Where each fact about a person came from: one node per applied, stale or retracted record and
// person it is about, written in the batch's own transaction. Not linked to the person (a retracted
// person's trail stays); found by personId (indexed).
UNWIND $entries AS e
CREATE (:Provenance {
  personId: e.personId, batchId: $batch.id, at: datetime($batch.at), source: $batch.source, actor: $batch.actor,
  file: $batch.file, line: e.line, recordType: e.type, key: e.key, action: e.action, changes: e.changes, reason: e.reason
})
RETURN count(*) AS written
