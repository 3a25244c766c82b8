// The coordinators a flag of this district can be assigned to.
MATCH (u:User {role: 'coordinator', districtCode: $districtCode})
WHERE NOT coalesce(u.disabled, false)
RETURN u.username AS username
ORDER BY username
LIMIT $limit
