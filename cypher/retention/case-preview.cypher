// Per category: the cases older than the category's cutoff, how many of them are cited (kept) and
// how many would be deleted, with the oldest and newest of those.
MATCH (c:Case)
WHERE c.occurredAt < datetime($latestCutoff)
  AND c.occurredAt < datetime(coalesce($cutoffs[c.category], $defaultCutoff))
WITH c.category AS category, c.id IN $cited AS cited, c.occurredAt AS at
WITH category, sum(CASE WHEN cited THEN 1 ELSE 0 END) AS kept,
     sum(CASE WHEN cited THEN 0 ELSE 1 END) AS deletable,
     min(CASE WHEN cited THEN null ELSE at END) AS oldest,
     max(CASE WHEN cited THEN null ELSE at END) AS newest
RETURN category, kept, deletable, toString(date(oldest)) AS oldest, toString(date(newest)) AS newest
ORDER BY category
