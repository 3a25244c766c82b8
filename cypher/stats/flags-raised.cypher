// Flags raised per month (Danish time), district and municipality. Aggregates only.
MATCH (fl:Flag)
WHERE fl.createdAt IS NOT NULL AND ($districtCode IS NULL OR fl.districtCode = $districtCode)
WITH fl, substring(toString(datetime({datetime: fl.createdAt, timezone: 'Europe/Copenhagen'})), 0, 7) AS month
WHERE month >= $fromMonth AND month <= $toMonth
RETURN month, fl.districtCode AS districtCode, fl.municipalityCode AS municipalityCode, count(*) AS count
