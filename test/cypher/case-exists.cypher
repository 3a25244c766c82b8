OPTIONAL MATCH (c:Case {id: $id})
RETURN count(c) AS cases, count { MATCH (:Person)-[:INVOLVED_IN]->(:Case {id: $id}) } AS involvements
