// The saved rule settings: the legacy whole-settings record ('risk') and each separately saved part
// ('rule:<id>', 'categories', 'policy'), each with its version.
MATCH (s:RuleSettings)
RETURN s.id AS id, coalesce(s.settings, s.overrides) AS settings, s.version AS version
ORDER BY id
