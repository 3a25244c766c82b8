// A user as an assignee, author or approver: role, district, and the name and title a letter is signed with.
MATCH (u:User {username: $username})
RETURN u.username AS username, u.role AS role, u.districtCode AS districtCode, coalesce(u.disabled, false) AS disabled,
       u.fullName AS fullName, u.title AS title
