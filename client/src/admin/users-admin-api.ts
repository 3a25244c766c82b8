// User administration (server/src/auth/users-admin.resolver.ts): the account as an admin edits
// it, with its version, and the changes. Kept apart from admin-api.ts, which holds the older
// read-only user list. Typed documents; the shapes come from the generated types.
import { gql } from '../gql';
import type { UserRole } from '../api/roles';
import type { UserAccountsQuery, UserChangeInput } from '../gql/graphql';
import type { FormOf } from './admin-api';

/** An account with its version: send the version back with the next change (a stale one is refused, CONFLICT). */
export type UserAccount = Omit<UserAccountsQuery['users'][number], 'role'> & { role: UserRole };

/** A change as the form holds it (the input of updateUser, every field present, a role always chosen). */
export type UserChange = Omit<FormOf<UserChangeInput>, 'role'> & { role: string };

export const USER_ACCOUNTS = gql(
  `query UserAccounts { users { username fullName title role districtCode municipalityCode disabled lockedUntil lastSignInAt version } }`,
);
export const UPDATE_USER = gql(`mutation UpdateUser($input: UserChangeInput!) { updateUser(input: $input) }`);
export const SET_USER_ACTIVE = gql(`mutation SetUserActive($username: String!, $version: Int!, $active: Boolean!) {
  setUserActive(username: $username, version: $version, active: $active)
}`);
export const UNLOCK_USER = gql(
  `mutation UnlockUser($username: String!, $version: Int!) { unlockUser(username: $username, version: $version) }`,
);
export const RESET_USER_PASSWORD = gql(`mutation ResetUserPassword($username: String!, $version: Int!) {
  resetUserPassword(username: $username, version: $version) { username temporaryPassword }
}`);
