// How many case involvements a person has (for paging).
MATCH (:Person {id: $id})-[i:INVOLVED_IN]->(:Case)
RETURN count(i) AS total
