// For each rule behind the reports sent in the period: how many were judged relevant, not relevant
// or already known by the municipality. Aggregates only.
MATCH (r:Report {status: 'REPORTED'})
WHERE r.reportedAt IS NOT NULL AND ($districtCode IS NULL OR r.reportingDistrictCode = $districtCode)
WITH r, substring(toString(datetime({datetime: r.reportedAt, timezone: 'Europe/Copenhagen'})), 0, 7) AS month
WHERE month >= $fromMonth AND month <= $toMonth
UNWIND coalesce(r.ruleIds, []) AS ruleId
RETURN ruleId,
       count(*) AS reports,
       count(r.outcome) AS judged,
       sum(CASE WHEN r.outcome = 'RELEVANT' THEN 1 ELSE 0 END) AS relevant,
       sum(CASE WHEN r.outcome = 'NOT_RELEVANT' THEN 1 ELSE 0 END) AS notRelevant,
       sum(CASE WHEN r.outcome = 'ALREADY_KNOWN' THEN 1 ELSE 0 END) AS alreadyKnown
ORDER BY ruleId
