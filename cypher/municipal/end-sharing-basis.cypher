// Ends a sharing basis early: from $today it no longer applies. The basis's write lock is taken
// first, then its state is checked, so of concurrent ends exactly one applies (ok = false for the
// others, with the end already recorded).
MATCH (b:SharingBasis {id: $id})
SET b.lockSeq = coalesce(b.lockSeq, 0) + 1
WITH b, b.endedAt IS NULL AND b.validUntil > date($today) AS ok
FOREACH (_ IN CASE WHEN ok THEN [1] ELSE [] END |
  SET b.originalValidUntil = b.validUntil,
      b.validUntil = CASE WHEN b.validFrom > date($today) THEN b.validFrom ELSE date($today) END,
      b.endedAt = datetime($now), b.endedBy = $actor, b.endReason = $reason)
RETURN ok, toString(b.validUntil) AS validUntil, b.endReason AS endReason, b.endedBy AS endedBy
