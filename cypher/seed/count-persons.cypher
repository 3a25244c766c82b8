// How many persons the graph holds (the seed CLI's --if-empty check).
MATCH (p:Person)
RETURN count(p) AS persons
