import { hash, verify } from '@node-rs/argon2';
import zxcvbnCore from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import type { Message } from '../common/app-error.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordChecks } from './password-rules.js';

// OWASP's Argon2id baseline: 19 MiB, 2 iterations, 1 lane.
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let estimator: InstanceType<typeof zxcvbnCore.ZxcvbnFactory> | undefined;

/**
 * zxcvbn's guess estimate against its bundled lists (about 49,000 common passwords, common words,
 * keyboard patterns, dates and sequences): 0-4, below 3 is guessable by an online attacker.
 */
export function passwordScore(password: string, userInputs: string[] = []): number {
  estimator ??= new zxcvbnCore.ZxcvbnFactory({ dictionary: { ...zxcvbnCommon.dictionary }, graphs: zxcvbnCommon.adjacencyGraphs });
  return estimator.check(password.slice(0, 256), userInputs).score;
}

/**
 * The password rules, in one place for every way a user is created (GraphQL, create-admin, demo
 * users): the reasons a password is refused (empty when it is acceptable).
 */
export function passwordProblems(password: string, username: string): Message[] {
  // the rules are the contract's (passwordChecks); their reasons here in both languages
  const checks = passwordChecks(password, username);
  const problems: Message[] = [];
  if (password.length < PASSWORD_MIN_LENGTH)
    problems.push({ da: `skal være mindst ${PASSWORD_MIN_LENGTH} tegn`, en: `must be at least ${PASSWORD_MIN_LENGTH} characters` });
  if (password.length > PASSWORD_MAX_LENGTH)
    problems.push({ da: `må højst være ${PASSWORD_MAX_LENGTH} tegn`, en: `must be at most ${PASSWORD_MAX_LENGTH} characters` });
  if (!checks.classes)
    problems.push({
      da: 'skal blande mindst tre af: små bogstaver, store bogstaver, cifre, symboler',
      en: 'must mix at least three of: lower case, upper case, digits, symbols',
    });
  if (!checks.username) problems.push({ da: 'må ikke indeholde brugernavnet', en: 'must not contain the username' });
  if (problems.length === 0 && passwordScore(password, [username]) < 3) {
    problems.push({
      da: 'er for almindelig eller for let at gætte (en kendt adgangskode, et ord eller et mønster): vælg en længere, mindre forudsigelig',
      en: 'is too common or too easy to guess (a well-known password, word or pattern): choose a longer, less predictable one',
    });
  }
  return problems;
}

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$1Fv3vL5mJ2QVf1tWqzMUqk9pD3J8w9o2H3W1Jf6pIh0';
