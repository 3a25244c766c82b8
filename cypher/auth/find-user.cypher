MATCH (u:User {username: $username})
RETURN u {.username, .role, .districtCode, .municipalityCode, .passwordHash, .sessionVersion,
          .failedAttempts, .disabled, lockedUntil: toString(u.lockedUntil), lastSeenInboxAt: toString(u.lastSeenInboxAt)} AS user
