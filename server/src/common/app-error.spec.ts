import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { descriptionProblem } from '@opspor/contract';
import { AppError, BadInputError, LimitExceededError, NotFoundError, THING } from './app-error.js';
import { formatGraphQLError } from './graphql-errors.js';
import { requestContext } from './request-context.js';
import { passwordProblems } from '../auth/password.js';
import { paramProblem } from '../queries/query-params.js';
import { descriptionTexts } from '../review/report-description.js';
import { assertTransition } from '../review/transitions.js';
import type { Lang } from './lang.js';

/** formatError as Apollo calls it, inside a request that asked for `lang`. */
function formatted(error: AppError, lang: Lang | undefined) {
  const wrapped = new GraphQLError(error.message, { originalError: error });
  return requestContext.run({ requestId: 'req-lang-1', ...(lang ? { errorLang: lang } : {}) }, () =>
    formatGraphQLError({ message: wrapped.message }, wrapped),
  );
}

describe('error texts in both languages', () => {
  it('the types refuse a reason in one language only', () => {
    // @ts-expect-error an English-only reason does not compile
    expect(() => new BadInputError('field', 'english only')).not.toThrow();
    // @ts-expect-error an AppError message needs both languages
    expect(new AppError('CONFLICT', 'english only').code).toBe('CONFLICT');
    // @ts-expect-error a thing that was not found is named in both languages
    expect(new NotFoundError('Person', 'p-1').code).toBe('NOT_FOUND');
  });

  it('every thing a look-up can miss has a Danish and an English name', () => {
    for (const [key, name] of Object.entries(THING)) {
      expect(name.da.trim(), key).not.toBe('');
      expect(name.en.trim(), key).not.toBe('');
      expect(name.da, key).not.toBe(name.en);
    }
  });

  it('formatError sends the language the request asked for, English when none; code, field and numbers as they are', () => {
    const error = new BadInputError('expiresAt', { da: 'skal ligge i fremtiden', en: 'must be in the future' });
    expect(formatted(error, 'da')).toEqual({
      message: 'expiresAt: skal ligge i fremtiden',
      extensions: { code: 'BAD_USER_INPUT', requestId: 'req-lang-1', field: 'expiresAt', reason: 'skal ligge i fremtiden' },
    });
    expect(formatted(error, 'en').extensions).toMatchObject({ field: 'expiresAt', reason: 'must be in the future' });
    expect(formatted(error, undefined).message).toBe('expiresAt: must be in the future');
    expect(error.message).toBe('expiresAt: must be in the future'); // logs stay English
    const limit = new LimitExceededError({ field: 'first' }, 100, 250);
    expect(formatted(limit, 'da')).toMatchObject({
      message: 'first er begrænset til 100 (der blev bedt om 250)',
      extensions: { code: 'LIMIT_EXCEEDED', limit: 100, asked: 250 },
    });
  });

  it('an internal error stays generic in both languages', () => {
    const error = new AppError('INTERNAL', { da: 'hemmelig detalje', en: 'secret detail' }, { cypher: 'MATCH (n) RETURN n' });
    expect(formatted(error, 'da')).toEqual({ message: 'Intern fejl', extensions: { code: 'INTERNAL', requestId: 'req-lang-1' } });
    expect(formatted(error, 'en').message).toBe('Internal error');
  });

  it('an invalid transition explains itself in both languages', () => {
    let thrown: unknown;
    try {
      assertTransition('REPORTED', 'DISMISSED');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const error = thrown as AppError;
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.messageIn('da')).toBe(
      'En markering kan ikke gå fra underrettet til afvist: en underrettet markering er lukket: underretningen er sendt; registrér kommunens tilbagemelding i stedet',
    );
    expect(error.messageIn('en')).toMatch(/^A flag cannot go from reported to dismissed: a reported flag is closed/);
  });

  it('reasons built by helpers come in both languages', () => {
    const problems = passwordProblems('kort', 'kort');
    expect(problems.map((p) => p.da)).toEqual([
      'skal være mindst 12 tegn',
      'skal blande mindst tre af: små bogstaver, store bogstaver, cifre, symboler',
      'må ikke indeholde brugernavnet',
    ]);
    expect(problems.map((p) => p.en)).toEqual([
      'must be at least 12 characters',
      'must mix at least three of: lower case, upper case, digits, symbols',
      'must not contain the username',
    ]);
    const param = { name: 'ages', type: 'integer[]' as const, label: { da: 'Aldre', en: 'Ages' }, min: 0 };
    expect(paramProblem(param, [3, 'x'])).toEqual({
      da: 'element 2 skal være et tal, fik en tekst',
      en: 'item 2 must be a number, got a string',
    });
    // each of the contract's description problems has its Danish words; English stays the contract's
    for (const [text, field] of [
      ['', 'observed'],
      ['x'.repeat(10_001), 'observed'],
      ['blablabla og hahahaha', 'institution'],
      ['kort', 'observed'],
      ['barnet barnet barnet barnet barnet barnet barnet barnet barnet barnet', 'assessment'],
    ] as const) {
      const problem = descriptionProblem(field, text);
      expect(problem, text).not.toBeNull();
      const texts = descriptionTexts(problem!);
      expect(texts.da, problem!.kind).not.toBe(texts.en);
      expect(texts.da.trim(), problem!.kind).not.toBe('');
    }
  });
});
