// Stored ancestors of the given persons (bounded depth): the batch checks that nobody becomes their own ancestor.
UNWIND $personIds AS id
MATCH (p:Person {id: id})
OPTIONAL MATCH (p)<-[:PARENT_OF*1..25]-(ancestor:Person)
RETURN id, collect(DISTINCT ancestor.id) AS ancestors
