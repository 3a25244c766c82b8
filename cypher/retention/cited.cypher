// What retention must keep: the case ids cited by any flag or flag version (their caseIds, or the
// evidence in their stored signals), by an approved or sent report, and the indicator ids cited by
// municipal support flags. Returned as raw lists; the service makes the sets.
CALL {
  MATCH (f:Flag)
  RETURN f.caseIds AS ids, f.signals AS signals
  UNION ALL
  MATCH (v:FlagVersion)
  RETURN v.caseIds AS ids, v.signals AS signals
  UNION ALL
  MATCH (r:Report)
  WHERE r.status IN ['APPROVED', 'REPORTED']
  RETURN r.caseIds AS ids, null AS signals
  UNION ALL
  MATCH (s:SupportFlag)
  RETURN null AS ids, s.signals AS signals
}
RETURN ids, signals
