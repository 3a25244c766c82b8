// Releases the scan lock. Only a completed scan moves lastScanAt (to the time that scan started);
// a check that found nothing due, or a failed scan, leaves it as it was.
MATCH (l:ScanLock {id: $lockId})
WHERE l.owner = $owner
SET l.lockedUntil = null,
    l.lastScanAt = CASE WHEN $completedStartedAt IS NULL THEN l.lastScanAt ELSE datetime($completedStartedAt) END,
    l.lastScanSummary = CASE WHEN $completedStartedAt IS NULL THEN l.lastScanSummary ELSE $summary END,
    l.lastAttemptAt = datetime($now), l.lastOutcome = $outcome
RETURN true AS released
