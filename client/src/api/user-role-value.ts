// Kept apart from roles.ts: the sign-in page needs roleCode only, and the shared contract (with zod)
// it would pull in belongs to the forms' chunks (scripts/bundle-budget.mjs).
import { USER_ROLES } from '@opspor/contract';
import type { UserRole as UserRoleValue } from '../gql/graphql';

/** `municipal-admin` → `MUNICIPAL_ADMIN`, for a role a form sends; anything else is a programming error. */
export function userRoleValue(role: string): UserRoleValue {
  if (!(USER_ROLES as readonly string[]).includes(role)) throw new Error(`"${role}" is not a user role`);
  return role.toUpperCase().replace(/-/g, '_') as UserRoleValue;
}
