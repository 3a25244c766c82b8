import { hash, verify } from '@node-rs/argon2';
import zxcvbnCore from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import { passwordRuleProblems } from './password-rules.js';

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
export function passwordProblems(password: string, username: string): string[] {
  const problems = passwordRuleProblems(password, username);
  if (problems.length === 0 && passwordScore(password, [username]) < 3) {
    problems.push('is too common or too easy to guess (a well-known password, word or pattern): choose a longer, less predictable one');
  }
  return problems;
}

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$1Fv3vL5mJ2QVf1tWqzMUqk9pD3J8w9o2H3W1Jf6pIh0';
