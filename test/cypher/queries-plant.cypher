// Writes a saved query behind the API's back (as someone with database access could), to test the run-time check.
CREATE (q:SavedQuery {name: $name, title: 'planted', description: 'planted', source: $source, version: 1, origin: 'admin',
                      owner: 'test', updatedBy: 'test', createdAt: datetime($now), updatedAt: datetime($now)})
RETURN q.name AS name
