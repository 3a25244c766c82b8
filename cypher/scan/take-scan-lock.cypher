// One scheduled scan at a time across API instances: the lock is taken only when free or expired.
MERGE (l:ScanLock {id: $lockId})
WITH l, l.lockedUntil IS NULL OR l.lockedUntil < datetime($now) AS free
SET l.lockedUntil = CASE WHEN free THEN datetime($until) ELSE l.lockedUntil END,
    l.owner = CASE WHEN free THEN $owner ELSE l.owner END
RETURN free AND l.owner = $owner AS taken, toString(l.lastScanAt) AS lastScanAt
