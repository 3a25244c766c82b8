// One step of the family walk: persons linked by PARENT_OF or PARTNER_OF (either direction) to
// $ids and not yet in $seen. $limit is the remaining room plus one, so an oversized family stops early.
UNWIND $ids AS id
MATCH (:Person {id: id})-[:PARENT_OF|PARTNER_OF]-(n:Person)
WHERE NOT n.id IN $seen
RETURN DISTINCT n.id AS id
ORDER BY id
LIMIT $limit
