// id: child-exposure
// title.da: Voksen i barnets husstand udsætter barnet for vold eller husspektakler
// title.en: An adult of the child's household exposes the child to violence or domestic disturbance
// kind: trigger
// weight: 50
// explain.da: {person} er part i {value} sager om vold eller husspektakler inden for {windowYears} år, hvor et barn i husstanden er forurettet eller vidne.
// explain.en: {person} is a party in {value} cases of violence or domestic disturbance within {windowYears} years in which a child of the household is victim or witness.
// description.da: En voksen i barnets klynge (bor med barnet på datoen, eller er dets forælder), der er involveret som mistænkt, sigtet eller anden part i en sag om vold eller husspektakler, hvor barnet (under 18 år på datoen) er forurettet eller vidne, inden for perioden. Det gælder den voksnes adfærd omkring barnet, ikke barnets egen skade: et barn, der skades af en uden for klyngen, rejser intet her (det går ad politiets sædvanlige vej til underretning).
// description.en: An adult of a child's cluster (living with the child on asOf, or its parent) involved as suspect, charged or other in a case of violence or a domestic disturbance in which the child (under 18 on asOf) is victim or witness, within the window. The adult's behaviour around the child, not the child's own harm: a child harmed by someone outside the cluster raises nothing here (that is the police's ordinary notification route).
// param categories: string[] = ["vold", "husspektakler"]
//   reason.da: kilderne nævner vold og husspektakler som det, et barn ikke må udsættes for.
//   reason.en: the sources name violence and domestic disturbances as what a child must not be exposed to.
// param roles: string[] = ["victim", "witness"]
//   reason.da: barnets udsættelse.
//   reason.en: the child's exposure.
// param adultRoles: string[] = ["suspect", "charged", "other"]
//   reason.da: den voksnes egen rolle i sagen ("anden": parterne i et husspektakel).
//   reason.en: the adult's own part in the case ("other": the parties of a disturbance).
// param windowYears: integer = 2 (1..10)
//   reason.da: en udsættelse for nylig kalder på et blik nu.
//   reason.en: a recent exposure calls for a look now.
// param minCases: integer = 1 (1..10)
//   reason.da: én udsættelse af et barn for dets egne voksne er nok til at se nærmere på det.
//   reason.en: one exposure of a child by its own adults is enough to look.
MATCH (child:Person)
USING INDEX child:Person(id)
WHERE child.id IN $scope
  AND child.birthDate > date($asOf) - duration({years: 18})
  AND child.birthDate <= date($asOf)
  AND (child.deathDate IS NULL OR child.deathDate > date($asOf))
// only a child exposed in a case of the window has adults worth finding (the match below needs one)
CALL {
  WITH child
  MATCH (child)-[cinv:INVOLVED_IN]->(c:Case)
  WHERE cinv.role IN $roles AND c.category IN $categories
    AND date(c.occurredAt) <= date($asOf) AND date(c.occurredAt) > date($asOf) - duration({years: $windowYears})
  RETURN count(c) > 0 AS exposed
}
WITH child WHERE exposed
// the child's adults: its parents and the adults living with it on asOf
CALL {
  WITH child
  OPTIONAL MATCH (child)-[rc:LIVES_AT]->(:Address)<-[ra:LIVES_AT]-(adult:Person)
  WHERE rc.from <= date($asOf) AND (rc.to IS NULL OR rc.to > date($asOf))
    AND ra.from <= date($asOf) AND (ra.to IS NULL OR ra.to > date($asOf))
    AND adult.birthDate <= date($asOf) - duration({years: 18})
  WITH child, collect(DISTINCT adult) AS housemates
  OPTIONAL MATCH (parent:Person)-[:PARENT_OF]->(child)
  WITH housemates, collect(DISTINCT parent) AS parents
  RETURN housemates + parents AS adults
}
MATCH (child)-[cinv:INVOLVED_IN]->(c:Case)<-[ainv:INVOLVED_IN]-(adult:Person)
WHERE cinv.role IN $roles
  AND c.category IN $categories
  // the case's own calendar date; written as a function so the planner expands from the person
  AND date(c.occurredAt) <= date($asOf)
  AND date(c.occurredAt) > date($asOf) - duration({years: $windowYears})
  AND ainv.role IN $adultRoles
  AND adult IN adults
WITH DISTINCT adult, c, ainv, cinv ORDER BY c.occurredAt, c.id
// detail: the child's own role in the case (victim or witness)
WITH adult, collect(DISTINCT c.id) AS caseIds,
     collect({kind: 'case', id: c.id, date: toString(date(c.occurredAt)), category: c.category, role: ainv.role,
              district: c.policeDistrictCode, detail: cinv.role}) AS evidence
WHERE size(caseIds) >= $minCases
RETURN adult.id AS personId, null AS addressId, size(caseIds) AS value, $minCases AS threshold, evidence
