import { USER_ROLES } from '@opspor/contract';
import { describe, expect, it } from 'vitest';
import { roleCode } from './roles';
import { userRoleValue } from './user-role-value';

describe('roles between the wire and the stored codes', () => {
  it('turns the enum values back into the stored roles', () => {
    expect(roleCode('MUNICIPAL_ADMIN')).toBe('municipal-admin');
    expect(roleCode('API_CLIENT')).toBe('api-client');
    expect(roleCode('COORDINATOR')).toBe('coordinator');
  });

  it('sends every user role as its enum value and back unchanged', () => {
    expect(userRoleValue('municipal-admin')).toBe('MUNICIPAL_ADMIN');
    for (const role of USER_ROLES) expect(roleCode(userRoleValue(role))).toBe(role);
  });

  it('refuses what is not a user role', () => {
    expect(() => userRoleValue('api-client')).toThrow('"api-client" is not a user role');
    expect(() => userRoleValue('')).toThrow();
  });
});
