// How many indicators and support flags a retention run would delete.
CALL {
  MATCH (i:Indicator)
  WHERE i.date < date($indicatorCutoff) AND NOT i.id IN $citedIndicators
  RETURN count(i) AS indicators
}
CALL {
  MATCH (fl:SupportFlag)
  WHERE fl.active = false AND fl.updatedAt < datetime($supportFlagCutoff)
  RETURN count(fl) AS supportFlags
}
CALL {
  MATCH (fl:Flag {status: 'DISMISSED'})
  WHERE fl.dismissedAt < date($flagCutoff)
  RETURN count(fl) AS dismissedFlags
}
RETURN indicators, supportFlags, dismissedFlags
