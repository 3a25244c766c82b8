// The schema version this database has reached (0 when never migrated).
OPTIONAL MATCH (v:SchemaVersion {id: 'opspor'})
RETURN coalesce(v.version, 0) AS version
