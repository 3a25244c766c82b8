// The contact block a district prints on its reports (null until an administrator sets one).
MATCH (d:PoliceDistrict {code: $districtCode})
RETURN d.code AS districtCode, d.contactLines AS lines
