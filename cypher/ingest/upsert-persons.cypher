// Upsert persons by id. Absent optional fields are cleared (the record is the whole truth).
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p.name = row.name, p.sex = row.sex, p.birthDate = date(row.birthDate),
    p.deathDate = CASE WHEN row.deathDate IS NULL THEN null ELSE date(row.deathDate) END,
    p.sourceUpdatedAt = row.sourceUpdatedAt
RETURN count(*) AS written
