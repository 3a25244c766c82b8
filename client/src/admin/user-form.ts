// The rules for a new user, shown before the admin types and checked as they type; the API
// checks the same (server/src/auth/password-rules.ts, password.ts and auth.service.ts createUser).
// The password rules live in one place, shared with the API (which adds a common-password check).
import { passwordChecks } from '../../../server/src/auth/password-rules.js';
import type { NewUser } from './admin-api';

export { passwordChecks, type PasswordRule } from '../../../server/src/auth/password-rules.js';

export const USER_ROLES = ['admin', 'analyst', 'coordinator', 'caseworker', 'municipal-admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** A coordinator works for a police district; municipal users for a municipality. */
export function needsDistrict(role: string): boolean {
  return role === 'coordinator';
}
export function needsMunicipality(role: string): boolean {
  return role === 'caseworker' || role === 'municipal-admin';
}

export type UserField = 'username' | 'password' | 'role' | 'districtCode' | 'municipalityCode';
export type UserProblem = 'username' | 'password' | 'role' | 'required';

export function userProblems(input: NewUser): Partial<Record<UserField, UserProblem>> {
  const problems: Partial<Record<UserField, UserProblem>> = {};
  if (!USERNAME.test(input.username)) problems.username = 'username';
  if (!Object.values(passwordChecks(input.password, input.username)).every(Boolean)) problems.password = 'password';
  if (!(USER_ROLES as readonly string[]).includes(input.role)) problems.role = 'role';
  if (needsDistrict(input.role) && !input.districtCode) problems.districtCode = 'required';
  if (needsMunicipality(input.role) && !input.municipalityCode) problems.municipalityCode = 'required';
  return problems;
}

/** What is sent: a district only for roles that have one, a municipality likewise. */
export function userInput(input: NewUser): NewUser {
  return {
    username: input.username.trim(),
    password: input.password,
    role: input.role,
    districtCode: needsDistrict(input.role) ? input.districtCode : null,
    municipalityCode: needsMunicipality(input.role) ? input.municipalityCode : null,
  };
}
