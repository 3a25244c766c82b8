// Live flags that the evaluation no longer finds stay, marked inactive (their versions are kept).
// Candidates: every flag owned by a scanned district, or the flags at the re-checked addresses.
MATCH (fl:Flag)
WHERE fl.active = true
  AND (fl.districtCode IN $districtCodes OR fl.addressId IN $addressIds)
  AND NOT fl.id IN $claimedIds
SET fl.active = false, fl.updatedAt = datetime($now)
RETURN count(fl) AS deactivated
