// Sets the full name and title a user signs letters with.
MATCH (u:User {username: $username})
SET u.fullName = $fullName, u.title = $title
RETURN u.username AS username
