CREATE (b:SharingBasis {id: $id, legalBasis: $legalBasis, purpose: $purpose, fromSource: $fromSource, toOrg: $toOrg,
                        validFrom: date($validFrom), validUntil: date($validUntil), createdBy: $actor, createdAt: datetime($now)})
RETURN b.id AS id
