// The live flags owned by these districts (a back-test compares what it finds with them).
MATCH (fl:Flag)
WHERE fl.active = true AND fl.districtCode IN $districtCodes
RETURN fl.id AS id, fl.districtCode AS districtCode
ORDER BY id
