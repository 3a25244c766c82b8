// Involvements (case, person) the batch found unstored: created without looking for an old role.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (c:Case {id: row.caseId})
CREATE (p)-[:INVOLVED_IN {role: row.role, sourceUpdatedAt: row.sourceUpdatedAt}]->(c)
RETURN count(*) AS written
