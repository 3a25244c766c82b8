// The rule settings that produced a version, kept once per distinct hash (rule files, parameters, weights, policy).
MERGE (s:RuleSettingsSnapshot {hash: $hash})
ON CREATE SET s.json = $json, s.createdAt = datetime($now), s.settingsVersion = $settingsVersion
RETURN s.hash AS hash
