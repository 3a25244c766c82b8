MERGE (s:RuleSettings {id: 'risk'})
SET s.overrides = $overrides, s.version = coalesce(s.version, 0) + 1, s.updatedAt = datetime($now), s.updatedBy = $actor
RETURN s.version AS version
