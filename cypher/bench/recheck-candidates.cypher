// Adults living with a child on asOf, spread over the id range: whom the re-check benchmark gives a new case.
MATCH (child:Person)-[rc:LIVES_AT]->(a:Address)<-[ra:LIVES_AT]-(adult:Person)
WHERE rc.to IS NULL AND ra.to IS NULL
  AND child.birthDate > date($asOf) - duration({years: 18})
  AND adult.birthDate < date($asOf) - duration({years: 25})
WITH DISTINCT adult
ORDER BY adult.id
WITH collect(adult.id) AS ids
RETURN [i IN range(0, $count - 1) | ids[toInteger(i * size(ids) / $count)]] AS personIds
