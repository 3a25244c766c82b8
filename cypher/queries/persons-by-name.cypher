// name: persons-by-name
// title: Persons by name
// description: A full-text search of person names (Lucene syntax: words, "quoted phrases", fuzzy~), best matches first.
// scopes: national
// param text: string — the name or part of it
// param top: integer = 50 (1..500) — how many persons to list
CALL db.index.fulltext.queryNodes('person_name', $text) YIELD node, score
WHERE node:Person
RETURN node.id AS personId, node.name AS name, toString(node.birthDate) AS birthDate, score
ORDER BY score DESC
LIMIT $top
