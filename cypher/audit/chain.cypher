// The chain in order, a page at a time, for the verifier.
MATCH (e:AuditEvent)
WHERE e.seq > $afterSeq
RETURN e {.seq, at: toString(e.at), .actor, .role, .operation, .personIds, .purpose, .requestId, .outcome, .detail,
          .prevHash, .hash} AS event
ORDER BY e.seq
LIMIT $limit
