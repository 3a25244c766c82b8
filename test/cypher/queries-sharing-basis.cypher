// Test only: a sharing basis from the police to one organisation (its id carries the test prefix).
CREATE (b:SharingBasis {id: $id, legalBasis: 'Retssikkerhedsloven § 11 c (test)', purpose: 'test', fromSource: 'police', toOrg: $toOrg,
                        validFrom: date($validFrom), validUntil: date($validUntil), createdBy: 'test', createdAt: datetime()})
RETURN b.id AS id
