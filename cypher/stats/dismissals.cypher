// Dismissals (each decision to dismiss) per month, district and municipality. Aggregates only.
MATCH (fl:Flag)-[:HAS_EVENT]->(e:FlagEvent {toStatus: 'DISMISSED'})
WHERE e.fromStatus <> 'DISMISSED' AND ($districtCode IS NULL OR fl.districtCode = $districtCode)
WITH fl, substring(toString(datetime({datetime: e.at, timezone: 'Europe/Copenhagen'})), 0, 7) AS month
WHERE month >= $fromMonth AND month <= $toMonth
RETURN month, fl.districtCode AS districtCode, fl.municipalityCode AS municipalityCode, count(*) AS count
