// Removes the municipal scan lock (the scheduler test starts from no scan).
MATCH (l:ScanLock {id: 'municipal'})
DETACH DELETE l
RETURN count(*) AS removed
