// The flags that already follow any of these children (child-anchored identity), with what the
// writer compares a new evaluation with.
UNWIND $childIds AS cid
MATCH (:Person {id: cid})<-[:HAS_MEMBER {relation: 'child'}]-(fl:Flag)
WITH DISTINCT fl
RETURN fl.id AS id, fl.childIds AS childIds, toString(fl.createdAt) AS createdAt, fl.status AS status,
       coalesce(fl.version, 0) AS version, fl.contentHash AS contentHash, toString(fl.dismissedAt) AS dismissedAt,
       fl.signals AS signals, fl.members AS members, fl.score AS score, fl.addressId AS addressId
