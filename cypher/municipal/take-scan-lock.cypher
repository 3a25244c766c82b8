// One scheduled municipal scan at a time across API instances: the lock is taken only when free or
// expired; the last finished scan's time tells whether the next is due.
// The node's write lock is taken first (the SET), then the lock's state is read.
MERGE (l:ScanLock {id: 'municipal'})
SET l.ticks = coalesce(l.ticks, 0) + 1
WITH l, l.lockedUntil IS NULL OR l.lockedUntil < datetime($now) AS free
SET l.lockedUntil = CASE WHEN free THEN datetime($until) ELSE l.lockedUntil END,
    l.owner = CASE WHEN free THEN $owner ELSE l.owner END
RETURN free AND l.owner = $owner AS taken, toString(l.lastScanAt) AS lastScanAt
