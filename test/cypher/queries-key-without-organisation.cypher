// Test only: makes a key look like one issued before keys had an organisation.
MATCH (k:ApiKey {id: $id})
REMOVE k.organisation
RETURN k.id AS id
