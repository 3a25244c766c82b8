// Parents, children and partners (PARTNER_OF is stored once per pair: matched undirected).
MATCH (p:Person {id: $id})
RETURN
  COLLECT {
    MATCH (k:Person)-[:PARENT_OF]->(p)
    RETURN k {.id, .name, .sex, .birthDate, .deathDate} ORDER BY k.birthDate, k.id LIMIT $limit
  } AS parents,
  COLLECT {
    MATCH (p)-[:PARENT_OF]->(k:Person)
    RETURN k {.id, .name, .sex, .birthDate, .deathDate} ORDER BY k.birthDate, k.id LIMIT $limit
  } AS children,
  COLLECT {
    MATCH (p)-[r:PARTNER_OF]-(k:Person)
    RETURN {person: k {.id, .name, .sex, .birthDate, .deathDate}, kind: r.kind, from: r.from, to: r.to}
    ORDER BY r.from, k.id LIMIT $limit
  } AS partners
