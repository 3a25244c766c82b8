import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../api/graphql';
import { translator } from '../i18n/i18n';
import { QUERIES_MESSAGES } from './queries-messages';
import { refusalLines, SAVED_QUERY_SOURCE_MAX, savedQuerySourceSchema, sourceProblemText, sourceRefusals } from './query-form';

const da = translator(QUERIES_MESSAGES, 'da');
const en = translator(QUERIES_MESSAGES, 'en');
const problem = (source: string) => savedQuerySourceSchema.safeParse({ source }).error?.issues[0]?.message ?? null;

describe('the saved-query source before sending', () => {
  it('needs some text and refuses one over the cap, in both languages', () => {
    expect(problem('// name: x\nRETURN 1')).toBeNull();
    expect(problem(' \n ')).toBe('required');
    expect(problem('x'.repeat(SAVED_QUERY_SOURCE_MAX + 1))).toBe('tooLong');
    expect(problem('x'.repeat(SAVED_QUERY_SOURCE_MAX))).toBeNull();
    expect(sourceProblemText(da, 'tooLong')).toBe('Forespørgslen er længere end 20.000 tegn.');
    expect(sourceProblemText(en, 'required')).toBe('Write the query: the header and the Cypher.');
  });
});

describe('the API refusing to save the text', () => {
  it('puts an invalid header or plan beside the source, one reason a line', () => {
    const invalid = new GraphQLRequestError('QUERY_INVALID', 'The query cannot be saved: a; b', 'r1', {
      reasons: ['header: missing header line "// title.da: …"', 'Neo4j cannot plan it: …'],
    });
    expect(sourceRefusals(invalid)).toEqual([
      { reason: 'header: missing header line "// title.da: …"', line: null },
      { reason: 'Neo4j cannot plan it: …', line: null },
    ]);
    const write = new GraphQLRequestError('QUERY_NOT_READ_ONLY', 'Only read-only queries …', 'r2', { reasons: ['CREATE writes'] });
    expect(sourceRefusals(write)).toEqual([{ reason: 'CREATE writes', line: null }]);
  });

  it('names the line when the API names one, and takes a refusal of the source field', () => {
    const refusal = new GraphQLRequestError('BAD_USER_INPUT', 'source: bad', 'r3', { field: 'source', reason: 'bad', line: 3 });
    expect(sourceRefusals(refusal)).toEqual([{ reason: 'bad', line: 3 }]);
    expect(
      refusalLines(da, [
        { reason: 'bad', line: 3 },
        { reason: 'worse', line: null },
      ]),
    ).toEqual(['linje 3: bad', 'worse']);
    expect(refusalLines(en, [{ reason: 'bad', line: 3 }])).toEqual(['line 3: bad']);
  });

  it('puts a taken name beside the source, and leaves a stale version and other errors to the notice', () => {
    const taken = new GraphQLRequestError('CONFLICT', 'A saved query named "x" exists: open it and save a new version', 'r4', {
      name: 'x',
    });
    expect(sourceRefusals(taken)?.[0]?.reason).toMatch(/exists/);
    const stale = new GraphQLRequestError('CONFLICT', '"x" was saved by someone else', 'r5', { name: 'x', currentVersion: 3 });
    expect(sourceRefusals(stale)).toBeNull();
    expect(
      sourceRefusals(new GraphQLRequestError('BAD_USER_INPUT', 'expectedVersion: bad', 'r6', { field: 'expectedVersion' })),
    ).toBeNull();
    expect(sourceRefusals(new GraphQLRequestError('FORBIDDEN', 'no'))).toBeNull();
    expect(sourceRefusals(new Error('offline'))).toBeNull();
  });
});
