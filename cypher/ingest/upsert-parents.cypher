UNWIND $rows AS row
MATCH (parent:Person {id: row.parentId})
MATCH (child:Person {id: row.childId})
MERGE (parent)-[r:PARENT_OF]->(child)
SET r.sourceUpdatedAt = row.sourceUpdatedAt
RETURN count(*) AS written
