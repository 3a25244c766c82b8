// Current active flags (for the back-test's comparison).
MATCH (fl:Flag {active: true})
WHERE $districtCode IS NULL OR fl.districtCode = $districtCode
RETURN fl.id AS id, fl.score AS score
