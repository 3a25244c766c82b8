// id: municipal-repeated-notifications
// title.da: Flere underretninger om barnet
// title.en: Several notifications about the child
// kind: trigger
// source: municipal
// weight: 40
// explain.da: Kommunen har modtaget {value} underretninger om {person} inden for {windowYears} år (tærskel {threshold}).
// explain.en: The municipality received {value} notifications about {person} within {windowYears} years (threshold {threshold}).
// description.da: Et barn, som kommunen har modtaget mindst minNotifications underretninger om inden for perioden.
// description.en: A child about whom the municipality received at least minNotifications notifications (underretninger) within the window.
// param minNotifications: integer = 2 (1..20)
//   reason.da: en gentagen bekymring fra andre er en grund til at tilbyde støtte tidligt.
//   reason.en: a repeated concern from others is a reason to offer support early.
// param windowYears: integer = 1 (1..10)
//   reason.da: underretninger i den seneste tid.
//   reason.en: recent notifications.
MATCH (child:Person)
WHERE child.id IN $scope
MATCH (i:Indicator {kind: 'notification'})
WHERE i.personId = child.id
  AND i.municipalityCode = $municipalityCode
  AND i.date <= date($asOf) AND i.date > date($asOf) - duration({years: $windowYears})
  AND child.birthDate > date($asOf) - duration({years: 18})
WITH child, i ORDER BY i.date
WITH child, collect({kind: 'indicator', id: i.id, date: toString(i.date), category: i.kind, municipality: i.municipalityCode}) AS evidence
WHERE size(evidence) >= $minNotifications
RETURN child.id AS personId, null AS addressId, size(evidence) AS value, $minNotifications AS threshold, evidence
