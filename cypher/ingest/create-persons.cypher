// Persons whose id the batch found unstored (its stored-state look-up): created without a MERGE.
UNWIND $rows AS row
CREATE (p:Person {id: row.id, name: row.name, sex: row.sex, birthDate: date(row.birthDate),
                  deathDate: CASE WHEN row.deathDate IS NULL THEN null ELSE date(row.deathDate) END,
                  sourceUpdatedAt: row.sourceUpdatedAt})
RETURN count(*) AS written
