// Support flags no longer raised: the whole municipality after a scan ($addressIds null), or only
// at the re-checked addresses after an ingest.
MATCH (fl:SupportFlag {municipalityCode: $municipalityCode, active: true})
WHERE NOT fl.id IN $activeIds AND ($addressIds IS NULL OR fl.addressId IN $addressIds)
SET fl.active = false, fl.updatedAt = datetime($now)
RETURN count(fl) AS deactivated
