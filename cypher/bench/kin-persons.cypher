// Persons with kin (a parent, a child or a partner) in id order: what the typical-family benchmark
// draws its fixed sample from (the order makes the same seed give the same sample every run).
MATCH (p:Person)
WHERE p.id IS NOT NULL AND EXISTS { (p)-[:PARENT_OF|PARTNER_OF]-(:Person) }
RETURN p.id AS personId
ORDER BY personId
