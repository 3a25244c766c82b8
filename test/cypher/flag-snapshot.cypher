// Every stored property of a flag and its versions (a test compares them byte for byte).
MATCH (fl:Flag {id: $id})
OPTIONAL MATCH (fl)-[:HAS_VERSION]->(v:FlagVersion)
WITH fl, v ORDER BY v.n
RETURN properties(fl) AS flag, collect(properties(v)) AS versions
