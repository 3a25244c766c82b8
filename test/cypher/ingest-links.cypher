// A person's stored links as plain rows, for the ingest correction tests.
MATCH (p:Person {id: $id})
RETURN [(p)-[i:INVOLVED_IN]->(c:Case) | {caseId: c.id, role: i.role}] AS involvements,
       [(p)-[r:LIVES_AT]->(a:Address) | {addressId: a.id, from: toString(r.from), to: toString(r.to), id: r.sourceId}] AS residences,
       toString(p.birthDate) AS birthDate, p.sourceUpdatedAt AS sourceUpdatedAt
