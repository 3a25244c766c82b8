import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from './graphql';
import { isTransient, queryClient } from './query-client';

describe('the query cache retries reads only when trying again can help', () => {
  const retry = queryClient.getDefaultOptions().queries?.retry as (failures: number, error: unknown) => boolean;

  it('retries an unreachable or failing server twice', () => {
    const network = new GraphQLRequestError('NETWORK', 'The server cannot be reached');
    expect(isTransient(network)).toBe(true);
    expect([0, 1, 2].map((failures) => retry(failures, network))).toEqual([true, true, false]);
    expect(retry(0, new GraphQLRequestError('INTERNAL', 'boom'))).toBe(true);
  });

  it('never retries what the API refused on purpose', () => {
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'PURPOSE_REQUIRED', 'BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_VALIDATION_FAILED'])
      expect(retry(0, new GraphQLRequestError(code, 'no'))).toBe(false);
    expect(retry(0, new Error('not from the API'))).toBe(false);
  });

  it('never retries a mutation: a decision is sent once', () => {
    expect(queryClient.getDefaultOptions().mutations?.retry).toBe(false);
  });
});
