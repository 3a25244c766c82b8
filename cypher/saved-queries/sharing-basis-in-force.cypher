// A sharing basis that lets the police share with an organisation on a date (the first in force).
MATCH (b:SharingBasis {fromSource: 'police', toOrg: $toOrg})
WHERE b.validFrom <= date($on) AND b.validUntil > date($on)
RETURN b.id AS id, b.legalBasis AS legalBasis
ORDER BY b.validFrom, b.id
LIMIT 1
