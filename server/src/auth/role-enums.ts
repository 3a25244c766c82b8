import { USER_ROLES } from '@opspor/contract';
import { graphqlEnum } from '../common/graphql-scalars.js';
import { ROLES } from './roles.js';

// The roles as GraphQL enums. `municipal-admin` is not a GraphQL name, so every role goes on the
// wire in upper case (MUNICIPAL_ADMIN, COORDINATOR); stored accounts, sessions and the audit log
// keep the stored spelling (`municipal-admin`, `coordinator`).

const USER_ROLE_DESCRIPTIONS = {
  admin: 'administers users, rules, sharing bases and the audit log',
  analyst: 'reads and explores across districts; decides nothing',
  coordinator: 'triages and reports the flags of one police district',
  caseworker: 'decides support flags of one municipality',
  'municipal-admin': 'runs the municipal scan and oversees one municipality',
} as const;

export const RoleEnum = graphqlEnum('Role', ROLES, 'What a signed-in user or API key may do', {
  ...USER_ROLE_DESCRIPTIONS,
  'api-client': 'an API key running saved queries',
});

export const UserRoleEnum = graphqlEnum(
  'UserRole',
  USER_ROLES,
  'The role of a person’s account (API keys have their own)',
  USER_ROLE_DESCRIPTIONS,
);
