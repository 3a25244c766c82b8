// A user account as an admin creates it: the username pattern, the roles a person may hold, which
// scope each role needs, and the password rules; one schema for the API and the admin form.
import { z } from 'zod';
import { passwordChecks } from './password.js';

/** 2-64 characters: lower-case letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;
/** The roles a person's account may have (API keys have their own, `api-client`). */
export const USER_ROLES = ['admin', 'analyst', 'coordinator', 'caseworker', 'municipal-admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A coordinator works for a police district; municipal users for a municipality. */
export function needsDistrict(role: string): boolean {
  return role === 'coordinator';
}
export function needsMunicipality(role: string): boolean {
  return role === 'caseworker' || role === 'municipal-admin';
}

/** Why a field of a new user is refused: the issue message is one of these keys. */
export type UserProblem = 'username' | 'password' | 'role' | 'required';

/** A new user as the admin form holds it; each issue's message is a UserProblem on its field. */
export const newUserSchema = z
  .object({
    username: z.string(),
    password: z.string(),
    role: z.string(),
    districtCode: z.string().nullable(),
    municipalityCode: z.string().nullable(),
  })
  .superRefine((user, ctx) => {
    const problem = (path: string, message: UserProblem) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!USERNAME_PATTERN.test(user.username.trim())) problem('username', 'username');
    if (!Object.values(passwordChecks(user.password, user.username.trim())).every(Boolean)) problem('password', 'password');
    if (!(USER_ROLES as readonly string[]).includes(user.role)) problem('role', 'role');
    if (needsDistrict(user.role) && !user.districtCode) problem('districtCode', 'required');
    if (needsMunicipality(user.role) && !user.municipalityCode) problem('municipalityCode', 'required');
  });
export type NewUserForm = z.infer<typeof newUserSchema>;
