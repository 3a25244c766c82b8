// Reports sent (flags marked REPORTED) per month, reporting coordinator's district and receiving
// municipality. Aggregates only.
MATCH (r:Report {status: 'REPORTED'})
WHERE r.reportedAt IS NOT NULL AND ($districtCode IS NULL OR r.reportingDistrictCode = $districtCode)
WITH r, substring(toString(datetime({datetime: r.reportedAt, timezone: 'Europe/Copenhagen'})), 0, 7) AS month
WHERE month >= $fromMonth AND month <= $toMonth
RETURN month, r.reportingDistrictCode AS districtCode, r.municipalityCode AS municipalityCode, count(*) AS count
