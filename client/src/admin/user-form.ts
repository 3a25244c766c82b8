// The rules for a new user, shown before the admin types and checked as they type; the API
// checks the same: both take them from @opspor/contract (the API adds a common-password check).
import type { NewUser } from './admin-api';

export {
  needsDistrict,
  needsMunicipality,
  newUserSchema,
  passwordChecks,
  USER_ROLES,
  type PasswordRule,
  type UserProblem,
  type UserRole,
} from '@opspor/contract';
import { needsDistrict, needsMunicipality, newUserSchema, type UserProblem } from '@opspor/contract';

export type UserField = 'username' | 'password' | 'role' | 'districtCode' | 'municipalityCode';

/** The fields a new user is refused for, each with its problem (from the shared schema). */
export function userProblems(input: NewUser): Partial<Record<UserField, UserProblem>> {
  const result = newUserSchema.safeParse(input);
  const problems: Partial<Record<UserField, UserProblem>> = {};
  for (const issue of result.error?.issues ?? []) problems[issue.path[0] as UserField] ??= issue.message as UserProblem;
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
