MATCH (fl:SupportFlag {municipalityCode: $municipalityCode, active: true})
WHERE NOT fl.id IN $activeIds
SET fl.active = false, fl.updatedAt = datetime($now)
RETURN count(fl) AS deactivated
