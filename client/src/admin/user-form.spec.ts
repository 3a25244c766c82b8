import { describe, expect, it } from 'vitest';
import type { NewUser } from './admin-api';
import { passwordChecks, userInput, userProblems } from './user-form';

const user = (extra: Partial<NewUser> = {}): NewUser => ({
  username: 'k.hansen',
  password: 'Lang-nok-2026',
  role: 'analyst',
  districtCode: null,
  municipalityCode: null,
  ...extra,
});

describe('password rules', () => {
  it('checks length, three character classes and the username', () => {
    expect(passwordChecks('Lang-nok-2026', 'k.hansen')).toEqual({ length: true, classes: true, username: true });
    expect(passwordChecks('kort-A1', 'x')).toMatchObject({ length: false, classes: true });
    expect(passwordChecks('bareenlangsmåbogstavstreng', 'x')).toMatchObject({ length: true, classes: false });
    expect(passwordChecks('Æbler-og-pærer', 'x').classes).toBe(true);
    expect(passwordChecks('K.Hansen-2026!', 'k.hansen').username).toBe(false);
  });
});

describe('a new user', () => {
  it('is accepted when complete', () => {
    expect(userProblems(user())).toEqual({});
    expect(userProblems(user({ role: 'coordinator', districtCode: 'NJY' }))).toEqual({});
  });

  it('names each field that is wrong', () => {
    expect(userProblems(user({ username: 'K Hansen', password: 'kort' }))).toEqual({ username: 'username', password: 'password' });
    expect(userProblems(user({ role: 'coordinator' }))).toEqual({ districtCode: 'required' });
    expect(userProblems(user({ role: 'caseworker' }))).toEqual({ municipalityCode: 'required' });
    expect(userProblems(user({ role: 'api-client' }))).toEqual({ role: 'role' });
  });

  it('sends a district or municipality only for the roles that have one', () => {
    expect(userInput(user({ username: ' k.hansen ', districtCode: 'NJY', municipalityCode: '851' }))).toEqual(user());
    expect(userInput(user({ role: 'coordinator', districtCode: 'NJY', municipalityCode: '851' })).municipalityCode).toBeNull();
  });
});
