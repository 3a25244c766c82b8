// Sharing bases, optionally only those in force on a date for one receiving organisation.
MATCH (b:SharingBasis)
WHERE ($toOrg IS NULL OR b.toOrg = $toOrg)
  AND ($on IS NULL OR (b.validFrom <= date($on) AND b.validUntil > date($on)))
OPTIONAL MATCH (creator:User {username: b.createdBy})
OPTIONAL MATCH (ender:User {username: b.endedBy})
RETURN b {.id, .legalBasis, .purpose, .fromSource, .toOrg, .createdBy, .endReason, .endedBy, validFrom: toString(b.validFrom), validUntil: toString(b.validUntil),
          createdByName: creator.fullName, endedByName: ender.fullName} AS basis
ORDER BY basis.validFrom, basis.id
