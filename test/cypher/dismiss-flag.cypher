// Test stand-in for a coordinator's dismissal (the review workflow sets the same fields).
MATCH (fl:Flag {id: $id})
SET fl.status = 'DISMISSED', fl.dismissedAt = date($on)
