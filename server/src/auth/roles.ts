export const ROLES = ['admin', 'analyst', 'coordinator', 'api-client', 'caseworker', 'municipal-admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work for the police (district-scoped or national). */
export const POLICE_ROLES: readonly Role[] = ['admin', 'analyst', 'coordinator'];
