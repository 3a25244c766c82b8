// One involvement per person and case (the key): a corrected role replaces the old one.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (c:Case {id: row.caseId})
CALL (p, c) {
  OPTIONAL MATCH (p)-[old:INVOLVED_IN]->(c)
  DELETE old
}
CREATE (p)-[:INVOLVED_IN {role: row.role, sourceUpdatedAt: row.sourceUpdatedAt}]->(c)
RETURN count(*) AS written
