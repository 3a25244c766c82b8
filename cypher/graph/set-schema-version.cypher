MERGE (v:SchemaVersion {id: 'opspor'})
SET v.version = $version, v.appliedAt = datetime($appliedAt)
