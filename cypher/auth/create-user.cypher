// Creates a user; returns nothing when the username is taken.
OPTIONAL MATCH (existing:User {username: $username})
WITH existing WHERE existing IS NULL
CREATE (u:User {username: $username, role: $role, districtCode: $districtCode, municipalityCode: $municipalityCode,
                passwordHash: $passwordHash, fullName: $fullName, title: $title, sessionVersion: 1, failedAttempts: 0, disabled: false,
                createdAt: datetime($now)})
RETURN u.username AS username
