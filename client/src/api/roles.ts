// Roles on the wire are GraphQL enum values (COORDINATOR, MUNICIPAL_ADMIN: server/src/auth/role-enums.ts);
// the client, its messages, routes and forms use the stored codes (`coordinator`, `municipal-admin`,
// @opspor/contract USER_ROLES). These turn one into the other at the API's edge.
import type { UserRole } from '@opspor/contract';
import type { Role as RoleValue } from '../gql-shell/graphql';
import type { UserRole as UserRoleValue } from '../gql/graphql';
import { storedCode } from './enum-codes';

export type { UserRole };
/** What a signed-in user or API key may do, as stored. */
export type Role = UserRole | 'api-client';

/** `MUNICIPAL_ADMIN` → `municipal-admin` (the role as stored, and as messages and routes name it). */
export function roleCode<V extends RoleValue>(value: V): V extends UserRoleValue ? UserRole : Role {
  return storedCode(value) as V extends UserRoleValue ? UserRole : Role;
}
