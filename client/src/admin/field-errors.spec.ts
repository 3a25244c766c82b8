import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../api/graphql';
import { fieldError } from './field-errors';

describe('field errors', () => {
  it('reads the field and reason of a refused input', () => {
    const e = new GraphQLRequestError('BAD_USER_INPUT', 'password: too short', 'r1', { field: 'password', reason: 'too short' });
    expect(fieldError(e)).toEqual({ field: 'password', reason: 'too short' });
  });

  it('ignores other errors', () => {
    expect(fieldError(new GraphQLRequestError('FORBIDDEN', 'no'))).toBeNull();
    expect(fieldError(new GraphQLRequestError('BAD_USER_INPUT', 'bad'))).toBeNull();
    expect(fieldError(new Error('x'))).toBeNull();
  });
});
