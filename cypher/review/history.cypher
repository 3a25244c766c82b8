// Who did what and when, oldest first.
MATCH (:Flag {id: $id})-[:HAS_EVENT]->(e:FlagEvent)
RETURN e {.id, .actor, .fromStatus, .toStatus, .assignee, .note, .outcome, kind: coalesce(e.kind, 'status'),
          at: toString(e.at)} AS event
ORDER BY e.at, e.id
