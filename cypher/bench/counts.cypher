// What a load produced: persons and relationships between source records.
CALL { MATCH (p:Person) RETURN count(p) AS persons }
CALL { MATCH ()-[r:LIVES_AT|PARENT_OF|PARTNER_OF|INVOLVED_IN]->() RETURN count(r) AS relationships }
CALL { MATCH (c:Case) RETURN count(c) AS cases }
RETURN persons, relationships, cases
