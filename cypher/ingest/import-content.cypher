// What a database holds beyond what every boot writes itself (reference data, the schema version,
// the audit chain's empty head): `npm run import` loads an empty database only. Stops at the first
// thousand nodes found.
MATCH (n)
WHERE NOT (n:Municipality OR n:PoliceDistrict OR n:Category OR n:SchemaVersion OR n:AuditHead)
WITH labels(n) AS labels
LIMIT 1000
UNWIND labels AS label
RETURN label, count(*) AS nodes
ORDER BY nodes DESC, label
