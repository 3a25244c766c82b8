// The full names of the staff accounts a flag's review names (history actors, assignees, who
// recorded the outcome): one look-up for all of them. Staff accounts, not person data. A username
// without an account, or an account without a full name, is left out (the username is shown).
UNWIND $usernames AS username
MATCH (u:User {username: username})
WHERE u.fullName IS NOT NULL AND u.fullName <> ''
RETURN username, u.fullName AS fullName
