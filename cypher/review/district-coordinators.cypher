// The coordinators a flag of this district can be assigned to, with their full names.
MATCH (u:User {role: 'coordinator', districtCode: $districtCode})
WHERE NOT coalesce(u.disabled, false)
RETURN u.username AS username, u.fullName AS fullName
ORDER BY coalesce(u.fullName, u.username), username
LIMIT $limit
