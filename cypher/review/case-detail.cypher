// A case's full detail (journal number, summary, keywords, everyone involved) for the audited request.
MATCH (c:Case {id: $caseId})
OPTIONAL MATCH (p:Person)-[inv:INVOLVED_IN]->(c)
WITH c, p, inv ORDER BY inv.role, p.id
WITH c, collect(CASE WHEN p IS NULL THEN null
                ELSE {personId: p.id, name: p.name, birthDate: toString(p.birthDate), role: inv.role} END) AS involved
RETURN c {.id, .journalNo, .category, .summary, keywords: coalesce(c.keywords, []), occurredAt: toString(c.occurredAt),
          districtCode: c.policeDistrictCode} AS case,
       involved
