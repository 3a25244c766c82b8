import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../api/graphql';
import { fieldError, routeError } from './field-errors';

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

describe('routing an error', () => {
  it('puts a refusal that names a field beside it and anything else in the notice', () => {
    const fields: Record<string, string>[] = [];
    const others: unknown[] = [];
    routeError(
      new GraphQLRequestError('BAD_USER_INPUT', 'x', undefined, { field: 'note', reason: 'too short' }),
      (f) => fields.push(f),
      (e) => others.push(e),
    );
    const conflict = new GraphQLRequestError('CONFLICT', 'changed');
    routeError(
      conflict,
      (f) => fields.push(f),
      (e) => others.push(e),
    );
    expect(fields).toEqual([{ note: 'too short' }]);
    expect(others).toEqual([conflict]);
  });
});
