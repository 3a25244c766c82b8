UNWIND $rows AS row
MATCH (parent:Person {id: row.parentId})
MATCH (child:Person {id: row.childId})
MERGE (parent)-[:PARENT_OF]->(child)
RETURN count(*) AS written
