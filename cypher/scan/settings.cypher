// Rule parameter overrides and the flag policy, as JSON set by an admin.
OPTIONAL MATCH (s:RuleSettings {id: 'risk'})
RETURN s.overrides AS overrides, s.version AS version
