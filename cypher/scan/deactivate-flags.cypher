// Flags of the evaluated clusters (or the whole district) that no longer qualify stay, marked inactive.
MATCH (fl:Flag)
WHERE fl.active = true
  AND (($districtCode IS NOT NULL AND fl.districtCode = $districtCode) OR fl.addressId IN $addressIds)
  AND NOT fl.id IN $activeIds
SET fl.active = false, fl.updatedAt = datetime($now)
RETURN count(fl) AS deactivated
