// Removes the API keys a test created (their names carry the test's prefix).
MATCH (k:ApiKey)
WHERE k.name STARTS WITH $prefix
DETACH DELETE k
