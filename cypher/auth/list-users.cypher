MATCH (u:User)
RETURN u {.username, .role, .districtCode, .municipalityCode, .fullName, .title, .disabled, version: coalesce(u.version, 0), lockedUntil: toString(u.lockedUntil),
          lastSignInAt: toString(u.lastSignInAt)} AS user
ORDER BY u.username
