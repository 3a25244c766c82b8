// id: repeated-risk-behaviour
// title.da: Gentagen risikoadfærd
// title.en: Repeated risk behaviour
// kind: trigger
// weight: 40
// explain.da: {person} har egen risikoadfærd i sager med en vægtet sum på {value} inden for {windowYears} år (tærskel {threshold}).
// explain.en: {person} shows own risk behaviour in cases with a weighted sum of {value} within {windowYears} years (threshold {threshold}).
// description.da: (Læser $categoryRoles, $categoryWeights og $keywordPatterns, kategori- og nøgleordsindstillingerne, ud over $scope.) En voksen, hvis vægtede sum af risikosager inden for perioden før datoen når minCases. En sag tæller, når dens kategori er en risikokategori, og personens rolle er en, kategorien regner for personens egen adfærd, eller når et konfigureret nøgleord indleder et ord i sagens resumé eller søgenøgler (med rollerne nedenfor). Dens vægt er kategoriens vægt. Den nyeste talte sag er den aktuelle; historikken er alle talte sager frem til datoen.
// description.en: (Reads $categoryRoles, $categoryWeights and $keywordPatterns, the category and keyword settings, besides $scope.) An adult whose weighted sum of risk cases within the window before asOf reaches minCases. A case counts when its category is a risk category and the person's role is one the category counts as the person's own behaviour, or when a configured keyword begins a word of its summary or search keys (with the roles below). Its weight is the category's weight. The newest counted case is the current one; the history is every counted case up to asOf.
// param minCases: integer = 3 (1..50)
//   reason.da: "igen og igen" er det, der gør en sag til en bekymring (kilderne): én sag er en hændelse, tre sager med fuld vægt på få år er et mønster.
//   reason.en: "again and again" is what turns a case into a concern (sources): one case is an incident, three full-weight cases in a few years a pattern.
// param windowYears: integer = 3 (1..15)
//   reason.da: adfærd i den seneste tid; gamle sager forbliver synlige i historikken, men udløser ikke længere.
//   reason.en: recent behaviour; old cases stay visible in the history but stop triggering.
// param roles: string[] = ["suspect", "charged"]
//   reason.da: roller, der tæller for en sag, som et nøgleord har bragt med (risikokategorier har egne roller pr. kategori): personens egen adfærd.
//   reason.en: roles that count for a case brought in by a keyword (risk categories have their own roles per category): the person's own behaviour.
// param keywords: string[] = ["kniv", "selvmord", "truede", "beruset", "narko", "børn til stede", "vold i hjemmet"]
//   reason.da: ord, der bringer en sag fra en anden kategori med (kilderne: udvalgte ord i resuméet); matches fra begyndelsen af et ord, med den danske ordstamme, i resuméer og søgenøgler.
//   reason.en: words that bring a case from another category into scope (sources: selected words in the summary); matched from the start of a word, with the Danish stem, in summaries and search keys alike.
// param adultAge: integer = 18 (16..25)
//   reason.da: fokus er på de voksnes risikoadfærd.
//   reason.en: focus is on the adults' risk behaviour.
MATCH (cat:Category {risk: true})
WITH collect(cat.code) AS riskCodes
MATCH (p:Person)
USING INDEX p:Person(id)
WHERE p.id IN $scope
  AND p.birthDate <= date($asOf) - duration({years: $adultAge})
  AND (p.deathDate IS NULL OR p.deathDate > date($asOf))
// per person: expand from the scoped persons, never scan all cases of the window
CALL {
  WITH p, riskCodes
  MATCH (p)-[inv:INVOLVED_IN]->(c:Case)
  // the case's own calendar date; written as a function so the planner expands from the person
  WHERE date(c.occurredAt) <= date($asOf)
  WITH c, inv, c.category IN riskCodes AS isRisk
  WITH c, inv, isRisk,
       CASE WHEN isRisk THEN null
            ELSE head([k IN $keywordPatterns
                       WHERE toLower(coalesce(c.summary, '')) =~ k.pattern
                          OR any(w IN coalesce(c.keywords, []) WHERE toLower(w) =~ k.pattern) | k.keyword]) END AS matched
  WHERE (isRisk AND inv.role IN coalesce($categoryRoles[c.category], $roles))
     OR (NOT isRisk AND matched IS NOT NULL AND inv.role IN $roles)
  WITH c, inv, matched, toFloat(CASE WHEN isRisk THEN coalesce($categoryWeights[c.category], 1.0) ELSE 1.0 END) AS w
  WHERE w > 0
  WITH c, inv, matched, w ORDER BY c.occurredAt, c.id
  WITH collect({kind: 'case', id: c.id, date: toString(date(c.occurredAt)), category: c.category, role: inv.role,
                district: c.policeDistrictCode, categoryWeight: w, matchedKeyword: matched}) AS history
  RETURN [e IN history WHERE date(e.date) > date($asOf) - duration({years: $windowYears})] AS evidence, history
}
WITH p, evidence, history, reduce(s = 0.0, e IN evidence | s + e.categoryWeight) AS total
WHERE size(evidence) > 0 AND total >= $minCases
RETURN p.id AS personId, null AS addressId, round(total, 2) AS value, $minCases AS threshold, evidence,
       size(history) - 1 AS historyCount, head(history).date AS historySince
