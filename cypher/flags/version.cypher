// The content of one version of a flag (to compare with another).
MATCH (:Flag {id: $id})-[:HAS_VERSION]->(v:FlagVersion {n: $n})
RETURN v {.n, .score, .signals, .members, .addressId} AS version
