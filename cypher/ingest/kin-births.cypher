// Stored parents and children, with birth dates, of stored persons a batch sends again: a corrected
// birth date is checked against them as on insert.
UNWIND $personIds AS id
MATCH (p:Person {id: id})
RETURN id,
       [(q:Person)-[:PARENT_OF]->(p) | {id: q.id, birthDate: toString(q.birthDate)}] AS parents,
       [(p)-[:PARENT_OF]->(c:Person) | {id: c.id, birthDate: toString(c.birthDate)}] AS children
