OPTIONAL MATCH (h:AuditHead {id: 'head'})
RETURN h.seq AS seq, h.hash AS hash, h.keyedFrom AS keyedFrom, h.keyedMac AS keyedMac
