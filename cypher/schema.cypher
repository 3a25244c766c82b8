// Opspor graph schema. Applied idempotently at every boot and by `npm run db:migrate`.
// version: 1
// Every statement is idempotent (IF NOT EXISTS); later changes go in cypher/migrations/.

// Records from source systems: their ids are the sources' stable identifiers.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT address_id IF NOT EXISTS FOR (n:Address) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT case_id IF NOT EXISTS FOR (n:Case) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT indicator_id IF NOT EXISTS FOR (n:Indicator) REQUIRE n.id IS UNIQUE;

// Reference data.
CREATE CONSTRAINT municipality_code IF NOT EXISTS FOR (n:Municipality) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT police_district_code IF NOT EXISTS FOR (n:PoliceDistrict) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT category_code IF NOT EXISTS FOR (n:Category) REQUIRE n.code IS UNIQUE;

// The system's own records.
CREATE CONSTRAINT flag_id IF NOT EXISTS FOR (n:Flag) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT decision_id IF NOT EXISTS FOR (n:Decision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT saved_query_name IF NOT EXISTS FOR (n:SavedQuery) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT user_username IF NOT EXISTS FOR (n:User) REQUIRE n.username IS UNIQUE;
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_seq IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.seq IS UNIQUE;
CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (n:AuditHead) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT schema_version_id IF NOT EXISTS FOR (n:SchemaVersion) REQUIRE n.id IS UNIQUE;

// What the rules and views filter on.
CREATE INDEX person_birth_date IF NOT EXISTS FOR (n:Person) ON (n.birthDate);
CREATE INDEX case_occurred_at IF NOT EXISTS FOR (n:Case) ON (n.occurredAt);
CREATE INDEX case_category IF NOT EXISTS FOR (n:Case) ON (n.category);
CREATE INDEX case_journal_no IF NOT EXISTS FOR (n:Case) ON (n.journalNo);
CREATE INDEX lives_at_period IF NOT EXISTS FOR ()-[r:LIVES_AT]-() ON (r.from, r.to);
CREATE INDEX flag_status IF NOT EXISTS FOR (n:Flag) ON (n.status);
CREATE INDEX flag_district IF NOT EXISTS FOR (n:Flag) ON (n.districtCode);
CREATE INDEX flag_municipality IF NOT EXISTS FOR (n:Flag) ON (n.municipalityCode);
CREATE INDEX flag_address IF NOT EXISTS FOR (n:Flag) ON (n.addressId);
CREATE CONSTRAINT flag_version_id IF NOT EXISTS FOR (n:FlagVersion) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT rule_settings_snapshot_hash IF NOT EXISTS FOR (n:RuleSettingsSnapshot) REQUIRE n.hash IS UNIQUE;
CREATE INDEX audit_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
CREATE INDEX indicator_person IF NOT EXISTS FOR (n:Indicator) ON (n.personId);
// Corrections and provenance (ingest): a residence by the source's id; a person's provenance trail.
CREATE INDEX lives_at_source_id IF NOT EXISTS FOR ()-[r:LIVES_AT]-() ON (r.sourceId);
CREATE INDEX provenance_person IF NOT EXISTS FOR (n:Provenance) ON (n.personId);
CREATE CONSTRAINT retracted_key IF NOT EXISTS FOR (n:Retracted) REQUIRE n.key IS UNIQUE;

// Search.
CREATE FULLTEXT INDEX person_name IF NOT EXISTS FOR (n:Person) ON EACH [n.name];
CREATE FULLTEXT INDEX case_text IF NOT EXISTS FOR (n:Case) ON EACH [n.summary, n.keywordText];
