// An address in words (for "what changed": moved from → to).
MATCH (a:Address {id: $id})
RETURN a.street + ', ' + a.postalCode + ' ' + a.city AS label
