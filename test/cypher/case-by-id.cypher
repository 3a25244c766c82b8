MATCH (c:Case {id: $id})
RETURN c.summary AS summary
