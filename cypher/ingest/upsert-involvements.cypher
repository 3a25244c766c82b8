UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (c:Case {id: row.caseId})
MERGE (p)-[:INVOLVED_IN {role: row.role}]->(c)
RETURN count(*) AS written
