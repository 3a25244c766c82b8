// name: family-of-person
// title.da: En persons familie
// title.en: The family of a person
// description.da: Forældre, børn, partnere (tidligere og nuværende) og søskende til én person, med relationerne til at tegne dem.
// description.en: Parents, children, partners (past and present) and siblings of one person, with the relationships to draw them.
// scopes: national
// param personId: personId
//   label.da: personen, hvis familie skal vises
//   label.en: the person whose family to show
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
