// Partnerships the batch found unstored: created without a MERGE, once per pair (a.id < b.id) and start.
UNWIND $rows AS row
WITH row, CASE WHEN row.personA < row.personB THEN [row.personA, row.personB] ELSE [row.personB, row.personA] END AS pair
MATCH (a:Person {id: pair[0]})
MATCH (b:Person {id: pair[1]})
CREATE (a)-[:PARTNER_OF {from: date(row.from), kind: row.kind, to: CASE WHEN row.to IS NULL THEN null ELSE date(row.to) END,
                         sourceUpdatedAt: row.sourceUpdatedAt}]->(b)
RETURN count(*) AS written
