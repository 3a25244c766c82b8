// The scan's floor: read every relationship the rules and clusters read, once, doing nothing else.
CALL { MATCH (:Person)-[r:LIVES_AT]->(:Address) RETURN count(r.from) AS residences }
CALL { MATCH (:Person)-[r:INVOLVED_IN]->(c:Case) RETURN count(c.occurredAt) AS involvements }
CALL { MATCH (:Person)-[r:PARENT_OF]->(:Person) RETURN count(r) AS parents }
CALL { MATCH (:Person)-[r:PARTNER_OF]->(:Person) RETURN count(r.from) AS partners }
RETURN residences + involvements + parents + partners AS relationships
