// One municipality's indicators about a person (never another municipality's).
MATCH (i:Indicator {personId: $personId})
WHERE i.municipalityCode IN $municipalityCodes
RETURN i {.id, .kind, .municipalityCode, .detail, date: toString(i.date)} AS indicator
ORDER BY indicator.date
