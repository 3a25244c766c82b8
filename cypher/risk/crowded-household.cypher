// id: crowded-household
// title.da: Mange voksne i barnets hjem
// title.en: Several unrelated adults in a child's home
// kind: context
// weight: 15
// explain.da: På barnets adresse bor {value} voksne, der hverken er barnets forældre eller deres partnere (tærskel {threshold}).
// explain.en: {value} adults who are neither the child's parents nor their partners live at the child's address (threshold {threshold}).
// description.da: (Læser $addressIds, de vurderede klyngers adresser, ud over $scope.) En adresse, hvor et barn under 18 år bor på datoen sammen med mindst minAdults voksne, der hverken er barnets forældre eller deres nuværende partnere.
// description.en: (Reads $addressIds, the evaluated clusters' addresses, besides $scope.) An address where a child under 18 lives on asOf together with at least minAdults adults who are neither its parents nor their current partners.
// param minAdults: integer = 3 (1..20)
//   reason.da: en forælders nye partner er almindeligt; tre eller flere andre voksne i et barns hjem er ikke.
//   reason.en: a parent's new partner is common; three or more other adults in a child's home is not.
// param adultAge: integer = 18 (16..25)
//   reason.da: hvem der regnes som voksen.
//   reason.en: who counts as an adult.
// $addressIds: the clusters' addresses (the engine passes them with $scope), so the rule starts there
UNWIND $addressIds AS aid
MATCH (a:Address {id: aid})
// an address where fewer than minAdults adults live cannot hold minAdults others: its families are not looked up
WHERE COUNT {
  MATCH (adult:Person)-[ra:LIVES_AT]->(a)
  WHERE ra.from <= date($asOf) AND (ra.to IS NULL OR ra.to > date($asOf))
    AND adult.birthDate <= date($asOf) - duration({years: $adultAge})
    AND (adult.deathDate IS NULL OR adult.deathDate > date($asOf))
} >= $minAdults
MATCH (child:Person)-[rc:LIVES_AT]->(a)
WHERE rc.from <= date($asOf) AND (rc.to IS NULL OR rc.to > date($asOf))
  AND child.birthDate > date($asOf) - duration({years: 18}) AND child.birthDate <= date($asOf)
  AND (child.deathDate IS NULL OR child.deathDate > date($asOf))
OPTIONAL MATCH (parent:Person)-[:PARENT_OF]->(child)
OPTIONAL MATCH (parent)-[pr:PARTNER_OF]-(partner:Person)
WHERE pr.from <= date($asOf) AND (pr.to IS NULL OR pr.to > date($asOf))
WITH child, a, collect(DISTINCT parent) + collect(DISTINCT partner) AS family
MATCH (adult:Person)-[ra:LIVES_AT]->(a)
WHERE ra.from <= date($asOf) AND (ra.to IS NULL OR ra.to > date($asOf))
  AND adult.birthDate <= date($asOf) - duration({years: $adultAge})
  AND (adult.deathDate IS NULL OR adult.deathDate > date($asOf))
  AND NOT adult IN family
WITH a, child, adult, min(ra.from) AS since ORDER BY since, adult.id
WITH a, child, collect({person: adult, since: since}) AS others
WHERE size(others) >= $minAdults
WITH a, collect(child.id) AS children, max(size(others)) AS value, head(collect(others)) AS adults
// each adult named: who, how old on asOf, living here since when, and how related to the child
RETURN null AS personId, a.id AS addressId, value, $minAdults AS threshold,
       [{kind: 'address', id: a.id, date: $asOf, municipality: a.municipalityCode}] +
       [x IN adults | {kind: 'co-resident', id: x.person.id, date: toString(x.since), personId: x.person.id, name: x.person.name,
                       age: duration.between(x.person.birthDate, date($asOf)).years, since: toString(x.since),
                       relation: 'other-adult'}] AS evidence
