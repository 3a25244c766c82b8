// Parent links the batch found unstored: created without a MERGE.
UNWIND $rows AS row
MATCH (parent:Person {id: row.parentId})
MATCH (child:Person {id: row.childId})
CREATE (parent)-[:PARENT_OF {sourceUpdatedAt: row.sourceUpdatedAt}]->(child)
RETURN count(*) AS written
