import { graphqlEnum } from '../common/graphql-scalars.js';

export const API_KEY_STATUSES = ['active', 'expired', 'revoked'] as const;

export const ApiKeyStatusEnum = graphqlEnum('ApiKeyStatus', API_KEY_STATUSES, 'Whether an API key works today', {
  active: 'works until it expires',
  expired: 'past its expiry date',
  revoked: 'revoked by an admin',
});
