// Test only: removes the sharing bases a test created.
MATCH (b:SharingBasis)
WHERE b.id IN $ids
DELETE b
