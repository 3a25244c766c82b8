// Every record of one prefix with all its properties and links, to compare two loads of one file
// (npm run import and npm run ingest).
CALL {
  MATCH (n)
  WHERE (n:Person OR n:Address OR n:Case OR n:Indicator) AND n.id STARTS WITH $prefix
  RETURN collect({labels: labels(n), properties: properties(n)}) AS nodes
}
CALL {
  MATCH (a)-[r:LIVES_AT|PARENT_OF|PARTNER_OF|INVOLVED_IN|IN|REGISTERED_IN]->(b)
  WHERE (a:Person OR a:Address OR a:Case) AND a.id STARTS WITH $prefix
  RETURN collect({type: type(r), from: a.id, to: coalesce(b.id, b.code), properties: properties(r)}) AS links
}
RETURN nodes, links
