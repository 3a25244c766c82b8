// Which of the given names are saved queries.
MATCH (q:SavedQuery)
WHERE q.name IN $names
RETURN q.name AS name
