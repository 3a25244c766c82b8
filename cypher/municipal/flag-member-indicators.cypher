// A police flag's members' indicators from one municipality (shared to police only under a sharing basis).
MATCH (fl:Flag {id: $flagId})
UNWIND fl.memberIds AS personId
MATCH (i:Indicator {personId: personId, municipalityCode: $municipalityCode})
RETURN personId, i.kind AS kind, toString(i.date) AS date
ORDER BY personId, date
