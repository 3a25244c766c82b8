// Migration 2 (issue 13): corrected police district of twelve municipalities, and one record per
// saved part of the rule settings.
// version: 2

// Rule settings are saved per rule with a version (optimistic concurrency); one node per part.
CREATE CONSTRAINT rule_settings_id IF NOT EXISTS FOR (n:RuleSettings) REQUIRE n.id IS UNIQUE;

// Move each municipality's link to the district that covers it (server/src/reference/reference-data.ts,
// checked against public sources). Addresses link to their municipality, so they move with it.
UNWIND [['159', 'KBV'], ['240', 'NSJ'], ['253', 'MVS'], ['259', 'MVS'], ['269', 'MVS'], ['336', 'MVS'],
        ['330', 'SSL'], ['340', 'SSL'], ['575', 'SSJ'], ['746', 'SOJ'], ['773', 'MVJ'], ['787', 'MVJ']] AS move
MATCH (m:Municipality {code: move[0]})
MATCH (target:PoliceDistrict {code: move[1]})
OPTIONAL MATCH (m)-[old:IN]->(other:PoliceDistrict) WHERE other <> target
DELETE old
MERGE (m)-[:IN]->(target);

// Flags at addresses in a moved municipality now belong to (and are seen by) the right district.
// Signed flag versions and reports keep what they said.
UNWIND ['159', '240', '253', '259', '269', '336', '330', '340', '575', '746', '773', '787'] AS code
MATCH (m:Municipality {code: code})-[:IN]->(d:PoliceDistrict)
MATCH (fl:Flag {municipalityCode: code})
WHERE fl.districtCode <> d.code
SET fl.districtCode = d.code, fl.districtMovedAt = datetime();
