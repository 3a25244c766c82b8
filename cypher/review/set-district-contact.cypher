// Sets a district's contact block; reports approved before keep the block they were signed with.
MATCH (d:PoliceDistrict {code: $districtCode})
SET d.contactLines = $lines, d.contactUpdatedAt = datetime($now), d.contactUpdatedBy = $actor
RETURN d.code AS districtCode, d.contactLines AS lines
