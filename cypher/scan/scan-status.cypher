// The weekly scan's state for /health and the admin: last completed scan, last attempt and its outcome.
OPTIONAL MATCH (l:ScanLock {id: $lockId})
RETURN toString(l.lastScanAt) AS lastScanAt, l.lastScanSummary AS lastScanSummary,
       toString(l.lastAttemptAt) AS lastAttemptAt, l.lastOutcome AS lastOutcome,
       l.lockedUntil IS NOT NULL AND l.lockedUntil > datetime($now) AS running
