// A user as an assignee or approver candidate: role and district only.
MATCH (u:User {username: $username})
RETURN u.username AS username, u.role AS role, u.districtCode AS districtCode, coalesce(u.disabled, false) AS disabled
