// A flag in the first shape (before versions): signals on the flag, members as relationships with
// `child=relation` strings, no version; with a report in it.
MATCH (child:Person {id: $childId}), (mother:Person {id: $motherId})
CREATE (fl:Flag {id: $id, status: 'IN_REVIEW', active: true, addressId: $addressId, municipalityCode: '851', districtCode: 'NJY',
                 score: 40, scoreExplanation: '40 (repeated-risk-behaviour: ' + $motherId + ') = 40', signals: $signals,
                 ruleIds: ['repeated-risk-behaviour'], childIds: [$childId], memberIds: [$childId, $motherId],
                 evidenceLatest: date('2024-03-10'), asOf: date('2025-03-01'), createdAt: datetime('2025-03-01T10:00:00Z'),
                 updatedAt: datetime('2025-03-01T10:00:00Z')})
CREATE (fl)-[:HAS_MEMBER {relation: 'child', livesHere: true, relations: []}]->(child)
CREATE (fl)-[:HAS_MEMBER {relation: 'adult', livesHere: true, relations: [$childId + '=parent']}]->(mother)
CREATE (fl)-[:HAS_REPORT]->(:Report {id: $id + ':report', flagId: $id, status: 'DRAFT', version: 1, authors: ['someone']})
RETURN fl.id AS id
