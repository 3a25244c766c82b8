// The password rules a person can check while typing: the API refuses a password that breaks one
// (the server adds the common-password check, which needs a large dictionary), and the client
// explains them up front.
import { z } from 'zod';

export type PasswordRule = 'length' | 'classes' | 'username';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** Kinds of character a password mixes: at least this many of lower case, upper case, digits, symbols. */
export const PASSWORD_MIN_CLASSES = 3;

const CLASSES = [/[a-zæøå]/, /[A-ZÆØÅ]/, /[0-9]/, /[^A-Za-z0-9æøåÆØÅ]/];

/** Each rule and whether the password keeps it, in the order they are explained. */
export function passwordChecks(password: string, username: string): Record<PasswordRule, boolean> {
  const classes = CLASSES.filter((re) => re.test(password)).length;
  return {
    length: password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH,
    classes: classes >= PASSWORD_MIN_CLASSES,
    username: !username || !password.toLowerCase().includes(username.toLowerCase()),
  };
}

/** The rules a password breaks, as English reasons (the API's BAD_USER_INPUT texts). */
export function passwordRuleProblems(password: string, username: string): string[] {
  const checks = passwordChecks(password, username);
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`must be at least ${PASSWORD_MIN_LENGTH} characters`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`must be at most ${PASSWORD_MAX_LENGTH} characters`);
  if (!checks.classes) problems.push('must mix at least three of: lower case, upper case, digits, symbols');
  if (!checks.username) problems.push('must not contain the username');
  return problems;
}

/**
 * A username and a password together (the username rule needs both): an issue on `password`
 * names the first rule broken (its message is the rule: `length`, `classes` or `username`).
 */
export const credentialsSchema = z.object({ username: z.string(), password: z.string() }).superRefine(({ username, password }, ctx) => {
  const checks = passwordChecks(password, username.trim());
  const broken = (Object.keys(checks) as PasswordRule[]).find((rule) => !checks[rule]);
  if (broken) ctx.addIssue({ code: 'custom', path: ['password'], message: broken });
});
