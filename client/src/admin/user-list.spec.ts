import { describe, expect, it } from 'vitest';
import type { UserInfo } from './admin-api';
import { filterUsers, userStatus } from './user-list';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const user = (username: string, extra: Partial<UserInfo> = {}): UserInfo => ({
  username,
  role: 'analyst',
  districtCode: null,
  municipalityCode: null,
  disabled: false,
  lockedUntil: null,
  ...extra,
});

describe('the user list', () => {
  it('tells who cannot sign in now', () => {
    expect(userStatus(user('a'), NOW)).toBe('active');
    expect(userStatus(user('a', { lockedUntil: '2026-03-01T12:10:00Z' }), NOW)).toBe('locked');
    expect(userStatus(user('a', { lockedUntil: '2026-03-01T11:00:00Z' }), NOW)).toBe('active');
    expect(userStatus(user('a', { disabled: true, lockedUntil: '2026-03-02T00:00:00Z' }), NOW)).toBe('disabled');
  });

  it('filters by words, role and status, sorted by username', () => {
    const users = [
      user('mette.k', { role: 'coordinator', districtCode: 'NJY' }),
      user('anders', { lockedUntil: '2026-03-01T13:00:00Z' }),
      user('bo', { role: 'coordinator', districtCode: 'SJY' }),
    ];
    const names = (u: UserInfo) => (u.districtCode === 'NJY' ? 'Nordjyllands Politi' : '');
    const all = { text: '', role: '', blockedOnly: false };
    expect(filterUsers(users, all, NOW).map((u) => u.username)).toEqual(['anders', 'bo', 'mette.k']);
    expect(filterUsers(users, { ...all, text: 'nordjylland' }, NOW, names).map((u) => u.username)).toEqual(['mette.k']);
    expect(filterUsers(users, { ...all, role: 'coordinator', text: 'SJY' }, NOW).map((u) => u.username)).toEqual(['bo']);
    expect(filterUsers(users, { ...all, blockedOnly: true }, NOW).map((u) => u.username)).toEqual(['anders']);
  });
});
