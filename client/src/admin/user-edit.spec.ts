import { describe, expect, it } from 'vitest';
import { changeInput, editForm, editProblems, endsSessions } from './user-edit';
import type { UserAccount } from './users-admin-api';

const coordinator: UserAccount = {
  username: 'kirsten',
  fullName: 'Kirsten Holm',
  title: 'Politiassistent',
  role: 'coordinator',
  districtCode: 'NJY',
  municipalityCode: null,
  disabled: false,
  lockedUntil: null,
  lastSignInAt: null,
  version: 3,
};

describe('editing a user', () => {
  it('starts from the account as read, version included', () => {
    expect(editForm(coordinator)).toEqual({
      username: 'kirsten',
      version: 3,
      fullName: 'Kirsten Holm',
      title: 'Politiassistent',
      role: 'coordinator',
      districtCode: 'NJY',
      municipalityCode: null,
    });
  });

  it('asks for the scope the new role needs', () => {
    const form = { ...editForm(coordinator), role: 'caseworker' };
    expect(editProblems(form)).toEqual({ municipalityCode: 'required' });
    expect(editProblems({ ...form, municipalityCode: '851' })).toEqual({});
    expect(editProblems({ ...form, role: 'boss' })).toEqual({ role: 'role' });
    expect(editProblems({ ...editForm(coordinator), fullName: 'x'.repeat(121) })).toEqual({ fullName: 'tooLong' });
  });

  it('sends trimmed names and only the scope of the role', () => {
    const form = { ...editForm(coordinator), fullName: '  Kirsten   Holm ', title: ' ', role: 'municipal-admin', municipalityCode: '851' };
    expect(changeInput(form)).toEqual({
      username: 'kirsten',
      version: 3,
      fullName: 'Kirsten Holm',
      title: null,
      role: 'municipal-admin',
      districtCode: null,
      municipalityCode: '851',
    });
  });

  it('knows when saving ends the user’s sessions', () => {
    expect(endsSessions(coordinator, { ...editForm(coordinator), fullName: 'K. Holm' })).toBe(false);
    expect(endsSessions(coordinator, { ...editForm(coordinator), districtCode: 'KBH' })).toBe(true);
    expect(endsSessions(coordinator, { ...editForm(coordinator), role: 'analyst' })).toBe(true);
  });
});
