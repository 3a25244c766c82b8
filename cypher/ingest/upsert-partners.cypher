// Stored once per pair (a.id < b.id) and period start; query it undirected.
UNWIND $rows AS row
WITH row, CASE WHEN row.personA < row.personB THEN [row.personA, row.personB] ELSE [row.personB, row.personA] END AS pair
MATCH (a:Person {id: pair[0]})
MATCH (b:Person {id: pair[1]})
MERGE (a)-[r:PARTNER_OF {from: date(row.from)}]->(b)
SET r.kind = row.kind, r.to = CASE WHEN row.to IS NULL THEN null ELSE date(row.to) END, r.sourceUpdatedAt = row.sourceUpdatedAt
RETURN count(*) AS written
