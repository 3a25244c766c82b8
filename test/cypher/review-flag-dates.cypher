// The review workflow's dates on a flag, with their Cypher types (dismissedAt must be a DATE for the scanner).
MATCH (fl:Flag {id: $id})
RETURN fl.status AS status, toString(fl.dismissedAt) AS dismissedAt, valueType(fl.dismissedAt) AS dismissedAtType
