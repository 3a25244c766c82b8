MATCH (fl:Flag)
WHERE (fl.active = true OR fl.status <> 'NEW')
  AND ($districtCode IS NULL OR fl.districtCode = $districtCode)
RETURN fl.status AS status, count(*) AS count
ORDER BY status
