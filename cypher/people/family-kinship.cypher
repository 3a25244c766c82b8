// Parent links and partnerships among the family's persons.
MATCH (a:Person)-[:PARENT_OF]->(b:Person)
WHERE a.id IN $ids AND b.id IN $ids
RETURN 'parent' AS type, a.id AS a, b.id AS b, null AS kind, null AS from, null AS to
UNION ALL
MATCH (a:Person)-[r:PARTNER_OF]->(b:Person)
WHERE a.id IN $ids AND b.id IN $ids
RETURN 'partner' AS type, a.id AS a, b.id AS b, r.kind AS kind, r.from AS from, r.to AS to
