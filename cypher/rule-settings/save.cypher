// Saves one part of the rule settings when its version is still the one the admin started from.
// The write lock is taken (SET lockedAt) before the version is read, so of concurrent saves from
// the same version exactly one wins; the others read the new version and are refused.
MERGE (s:RuleSettings {id: $id})
ON CREATE SET s.version = 0
SET s.lockedAt = datetime($now)
WITH s, s.version AS current
FOREACH (_ IN CASE WHEN current = $expectedVersion THEN [1] ELSE [] END |
  SET s.settings = $settings, s.version = current + 1, s.updatedAt = datetime($now), s.updatedBy = $actor)
RETURN current = $expectedVersion AS saved, s.version AS version, s.updatedBy AS updatedBy, toString(s.updatedAt) AS updatedAt
