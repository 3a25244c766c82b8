MATCH (fl:Flag)
WHERE (fl.active = true OR fl.status <> 'NEW')
  AND ($districtCode IS NULL OR fl.districtCode = $districtCode)
  AND ($caseDistrictCode IS NULL OR ($caseDistrictCode IN coalesce(fl.caseDistrictCodes, []) AND fl.districtCode <> $caseDistrictCode))
RETURN fl.status AS status, count(*) AS count
ORDER BY status
