// The user list grows with every colleague (and every test run on a shared database), so the
// page filters it; a status says at a glance who cannot sign in now.
import type { UserInfo } from './admin-api';

export type UserStatus = 'active' | 'locked' | 'disabled';

export function userStatus(user: Pick<UserInfo, 'disabled' | 'lockedUntil'>, now: number): UserStatus {
  if (user.disabled) return 'disabled';
  if (user.lockedUntil !== null && Date.parse(user.lockedUntil) > now) return 'locked';
  return 'active';
}

export interface UserFilter {
  /** words matched against username, district and municipality (codes and names) */
  text: string;
  role: string;
  /** only users who cannot sign in now */
  blockedOnly: boolean;
}

export function filterUsers<U extends UserInfo>(
  users: readonly U[],
  filter: UserFilter,
  now: number,
  names: (user: U) => string = () => '',
): U[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return users
    .filter((u) => !filter.role || u.role === filter.role)
    .filter((u) => !filter.blockedOnly || userStatus(u, now) !== 'active')
    .filter((u) => {
      const hay = [u.username, u.districtCode ?? '', u.municipalityCode ?? '', names(u)].join(' ').toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => a.username.localeCompare(b.username));
}
