// The persons a saved query's result names: by their id anywhere in the values, or as the end of
// a relationship it returned. The audit entry of the run lists them.
MATCH (p:Person) WHERE p.id IN $ids
RETURN p.id AS id
UNION
MATCH (p:Person) WHERE elementId(p) IN $elementIds
RETURN p.id AS id
