// Releases the municipal scan lock; the time of the last scan moves only when a scan ran.
MATCH (l:ScanLock {id: 'municipal'})
WHERE l.owner = $owner
SET l.lockedUntil = null, l.lastScanAt = CASE WHEN $scanned THEN datetime($now) ELSE l.lastScanAt END
RETURN true AS released
