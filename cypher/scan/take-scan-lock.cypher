// One scheduled job at a time across API instances: the lock is taken only when free or expired.
// The node's write lock is taken first (the SET), then the lock's state is read, so of two
// instances checking at once exactly one takes it.
MERGE (l:ScanLock {id: $lockId})
SET l.ticks = coalesce(l.ticks, 0) + 1
WITH l, l.lockedUntil IS NULL OR l.lockedUntil < datetime($now) AS free
SET l.lockedUntil = CASE WHEN free THEN datetime($until) ELSE l.lockedUntil END,
    l.owner = CASE WHEN free THEN $owner ELSE l.owner END
RETURN free AND l.owner = $owner AS taken, toString(l.lastScanAt) AS lastScanAt
