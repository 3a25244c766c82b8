// Flag ids already in use that start with one of these names (a new flag takes the next free one).
UNWIND $bases AS base
MATCH (fl:Flag)
WHERE fl.id STARTS WITH base
RETURN DISTINCT fl.id AS id
