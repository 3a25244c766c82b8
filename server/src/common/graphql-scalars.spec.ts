import { describe, expect, it } from 'vitest';
import { enumValueName, graphqlEnum } from './graphql-scalars.js';

describe('graphqlEnum naming', () => {
  it('names a stored value that is not a GraphQL name in upper case', () => {
    expect(enumValueName('child-exposure')).toBe('CHILD_EXPOSURE');
    expect(enumValueName('co-resident')).toBe('CO_RESIDENT');
    expect(() => enumValueName('1-bad')).toThrow(/cannot be named/);
  });

  it('keeps each stored value as the internal value, every value of a set with hyphens renamed', () => {
    const kinds = graphqlEnum('SpecKind', ['case', 'co-resident'], 'test');
    expect(kinds).toEqual({ CASE: 'case', CO_RESIDENT: 'co-resident' });
  });

  it('keeps a set whose values are all GraphQL names as it is (no wire change)', () => {
    expect(graphqlEnum('SpecStatus', ['NEW', 'trigger'], 'test')).toEqual({ NEW: 'NEW', trigger: 'trigger' });
  });
});
