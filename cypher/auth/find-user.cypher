MATCH (u:User {username: $username})
RETURN u {.username, .role, .districtCode, .municipalityCode, .passwordHash, .sessionVersion,
          .failedAttempts, .disabled, .fullName, .title, lockedUntil: toString(u.lockedUntil), lastSeenInboxAt: toString(u.lastSeenInboxAt)} AS user
