// The password rules a person can check while typing live in @opspor/contract (the client
// explains them from the same definition); password.ts adds the common-password check.
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordChecks, passwordRuleProblems, type PasswordRule } from '@opspor/contract';
