MATCH (l:ScanLock {id: 'weekly'})
WHERE l.owner = $owner
SET l.lockedUntil = null, l.lastScanAt = datetime($now)
RETURN true AS released
