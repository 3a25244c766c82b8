// name: family-of-person
// title: The family of a person
// description: Parents, children, partners (past and present) and siblings of one person, with the relationships to draw them.
// scopes: national
// param personId: personId — the person whose family to show
MATCH (p:Person {id: $personId})
CALL (p) {
  MATCH (p)<-[link:PARENT_OF]-(relative:Person)
  RETURN relative, link, 'parent' AS relation
  UNION
  MATCH (p)-[link:PARENT_OF]->(relative:Person)
  RETURN relative, link, 'child' AS relation
  UNION
  MATCH (p)-[link:PARTNER_OF]-(relative:Person)
  RETURN relative, link, 'partner' AS relation
  UNION
  MATCH (p)<-[:PARENT_OF]-(:Person)-[link:PARENT_OF]->(relative:Person)
  WHERE relative <> p
  RETURN relative, link, 'sibling' AS relation
}
RETURN p AS person, relation, relative.id AS relativeId, relative.name AS relativeName,
       toString(relative.birthDate) AS birthDate, relative, link
ORDER BY relation, relative.birthDate
