// name: persons-by-name
// title.da: Personer efter navn
// title.en: Persons by name
// description.da: En fritekstsøgning i personnavne (Lucene-syntaks: ord, "citerede fraser", fuzzy~), bedste match først.
// description.en: A full-text search of person names (Lucene syntax: words, "quoted phrases", fuzzy~), best matches first.
// scopes: national
// param text: string
//   label.da: navnet eller en del af det
//   label.en: the name or part of it
// param top: integer = 50 (1..500)
//   label.da: hvor mange personer der vises
//   label.en: how many persons to list
CALL db.index.fulltext.queryNodes('person_name', $text) YIELD node, score
WHERE node:Person
RETURN node.id AS personId, node.name AS name, toString(node.birthDate) AS birthDate, score
ORDER BY score DESC
LIMIT $top
