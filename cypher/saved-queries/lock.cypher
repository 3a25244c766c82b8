// Takes the saved query's write lock, so that concurrent saves of one query queue up here
// and each then reads the version the one before it wrote.
MATCH (q:SavedQuery {name: $name})
SET q.saves = coalesce(q.saves, 0) + 1
RETURN q.name AS name
