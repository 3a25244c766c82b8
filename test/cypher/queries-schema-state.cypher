// The labels the database knows, to see that no refused query created one.
CALL db.labels() YIELD label
RETURN collect(label) AS labels
