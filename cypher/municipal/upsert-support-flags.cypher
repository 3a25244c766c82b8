// Municipal support flags: a label of their own (:SupportFlag), never joined to police data by a
// relationship; members are kept as data (memberIds, members as JSON).
UNWIND $flags AS f
MERGE (fl:SupportFlag {id: f.id})
ON CREATE SET fl.status = 'NEW', fl.createdAt = datetime($now)
SET fl.municipalityCode = f.municipalityCode, fl.addressId = f.addressId, fl.score = f.score,
    fl.scoreExplanation = f.scoreExplanation, fl.signals = f.signals, fl.ruleIds = f.ruleIds, fl.childIds = f.childIds,
    fl.memberIds = f.memberIds, fl.members = f.members, fl.asOf = date(f.asOf), fl.active = true, fl.updatedAt = datetime($now),
    fl.source = 'municipality:' + f.municipalityCode
RETURN count(fl) AS written
