// The password rules a person can check while typing, in one place: the API refuses a password
// that breaks one (password.ts adds the common-password check, which needs a large dictionary),
// and the client imports this file to explain them up front. No imports: it runs in both.

export type PasswordRule = 'length' | 'classes' | 'username';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Each rule and whether the password keeps it, in the order they are explained. */
export function passwordChecks(password: string, username: string): Record<PasswordRule, boolean> {
  const classes = [/[a-zæøå]/, /[A-ZÆØÅ]/, /[0-9]/, /[^A-Za-z0-9æøåÆØÅ]/].filter((re) => re.test(password)).length;
  return {
    length: password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH,
    classes: classes >= 3,
    username: !username || !password.toLowerCase().includes(username.toLowerCase()),
  };
}
