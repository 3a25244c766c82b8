// The chain in order, a page at a time, for the verifier.
MATCH (e:AuditEvent)
WHERE e.seq > $afterSeq AND e.seq <= $untilSeq
// atText: the exact text that was hashed (a datetime's own text form may differ in trailing zeros)
RETURN e {.seq, at: e.atText, .actor, .role, .operation, .personIds, .purpose, .requestId, .outcome, .detail,
          .prevHash, .hash} AS event
ORDER BY e.seq
LIMIT $limit
