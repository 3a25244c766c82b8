// name: shared-address
// title.da: Personer, der har delt adresse med en person
// title.en: Persons who shared an address with a person
// description.da: Alle registreret på en af personens adresser samtidig med personen, med den fælles periode; fra og til afgrænser til en periode.
// description.en: Everyone registered at one of the person's addresses at the same time as the person, with the shared period; from and to narrow it to a period.
// scopes: national
// param personId: personId
//   label.da: personen
//   label.en: the person
// param from: date = null (1900-01-01..2100-12-31)
//   label.da: kun fælles ophold, der varede til denne dato eller senere; tom for ingen grænse
//   label.en: only sharing that lasted until this date or later; null for no limit
// param to: date = null (1900-01-01..2100-12-31)
//   label.da: kun fælles ophold, der begyndte på denne dato eller tidligere; tom for ingen grænse
//   label.en: only sharing that began on this date or earlier; null for no limit
MATCH (p:Person {id: $personId})-[mine:LIVES_AT]->(a:Address)<-[theirs:LIVES_AT]-(other:Person)
WHERE other <> p
  AND mine.from < coalesce(theirs.to, date('9999-12-31'))
  AND theirs.from < coalesce(mine.to, date('9999-12-31'))
WITH p, mine, a, theirs, other,
     CASE WHEN mine.from > theirs.from THEN mine.from ELSE theirs.from END AS sharedFrom,
     CASE WHEN coalesce(mine.to, date('9999-12-31')) < coalesce(theirs.to, date('9999-12-31')) THEN mine.to ELSE theirs.to END AS sharedTo
WHERE ($from IS NULL OR sharedTo IS NULL OR sharedTo >= $from)
  AND ($to IS NULL OR sharedFrom <= $to)
RETURN other.id AS personId, other.name AS name, a.id AS addressId, toString(sharedFrom) AS sharedFrom, toString(sharedTo) AS sharedTo,
       p AS person, mine, a AS address, theirs, other
ORDER BY sharedFrom DESC, personId
