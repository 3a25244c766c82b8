// User administration (server/src/auth/users-admin.resolver.ts): the account as an admin edits
// it, with its version, and the changes. Kept apart from admin-api.ts, which holds the older
// read-only user list.
import type { UserInfo } from './admin-api';

export interface UserAccount extends UserInfo {
  fullName: string | null;
  title: string | null;
  lastSignInAt: string | null;
  /** send it back with the next change: a stale one is refused (CONFLICT) */
  version: number;
}

export interface UserChange {
  username: string;
  version: number;
  fullName: string | null;
  title: string | null;
  role: string;
  districtCode: string | null;
  municipalityCode: string | null;
}

export const USER_ACCOUNTS = `query UserAccounts { users { username fullName title role districtCode municipalityCode disabled lockedUntil lastSignInAt version } }`;
export const UPDATE_USER = `mutation UpdateUser($input: UserChangeInput!) { updateUser(input: $input) }`;
export const SET_USER_ACTIVE = `mutation SetUserActive($username: String!, $version: Int!, $active: Boolean!) {
  setUserActive(username: $username, version: $version, active: $active)
}`;
export const UNLOCK_USER = `mutation UnlockUser($username: String!, $version: Int!) { unlockUser(username: $username, version: $version) }`;
export const RESET_USER_PASSWORD = `mutation ResetUserPassword($username: String!, $version: Int!) {
  resetUserPassword(username: $username, version: $version) { username temporaryPassword }
}`;
