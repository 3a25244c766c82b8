// Creates the demo users (one per role, two coordinators per demo district) when missing. Password: OPSPOR_DEMO_PASSWORD, or one
// generated on first start and kept in .opspor/demo-password (git-ignored) so later starts print it too.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../app.factory.js';
import { AuthService } from '../auth/auth.service.js';
import { UsersRepository } from '../auth/users.repository.js';
import type { Role } from '../auth/roles.js';

export interface DemoUser {
  username: string;
  role: Role;
  districtCode?: string;
  municipalityCode?: string;
  fullName: string;
  title: string;
  label: string;
}

/** Synthetic people. Two coordinators per demo district, so that four eyes can be tried. */
export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', role: 'admin', fullName: 'Lene Admin Holm', title: 'Systemadministrator', label: 'administrator' },
  { username: 'analyst', role: 'analyst', fullName: 'Omar Analytiker Berg', title: 'Analytiker', label: 'analytiker' },
  {
    username: 'coordinator',
    role: 'coordinator',
    districtCode: 'NJY',
    fullName: 'Mette Koordinator Nielsen',
    title: 'Politikommissær',
    label: 'koordinator, Nordjyllands Politi',
  },
  {
    username: 'coordinator-njy2',
    role: 'coordinator',
    districtCode: 'NJY',
    fullName: 'Jonas Godkender Lund',
    title: 'Politiassistent',
    label: 'koordinator (anden godkender), Nordjyllands Politi',
  },
  {
    username: 'coordinator2',
    role: 'coordinator',
    districtCode: 'KBH',
    fullName: 'Sara Koordinator Møller',
    title: 'Politikommissær',
    label: 'koordinator, Københavns Politi',
  },
  {
    username: 'coordinator2-kbh2',
    role: 'coordinator',
    districtCode: 'KBH',
    fullName: 'Ali Godkender Hansen',
    title: 'Vicepolitikommissær',
    label: 'koordinator (anden godkender), Københavns Politi',
  },
  {
    username: 'caseworker',
    role: 'caseworker',
    municipalityCode: '851',
    fullName: 'Birgitte Sagsbehandler Dahl',
    title: 'Socialrådgiver',
    label: 'sagsbehandler, Aalborg Kommune',
  },
  {
    username: 'municipal-admin',
    role: 'municipal-admin',
    municipalityCode: '851',
    fullName: 'Henrik Kommune Friis',
    title: 'Afdelingsleder',
    label: 'kommunal administrator, Aalborg Kommune',
  },
];

const stateDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '.opspor');

function demoPassword(configured: string | undefined): string {
  if (configured) return configured;
  const file = join(stateDir, 'demo-password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = `Demo-${randomBytes(9).toString('base64url')}-7`;
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(file, password, { mode: 0o600 });
  return password;
}

const { app, config } = await createApp();
try {
  const password = demoPassword(config.OPSPOR_DEMO_PASSWORD);
  const auth = app.get(AuthService);
  const users = app.get(UsersRepository);
  for (const user of DEMO_USERS) {
    const existing = await users.find(user.username);
    if (existing) {
      // Demo users created before names existed get theirs (nothing else changes).
      if (!existing.fullName) await users.setNames(user.username, user.fullName, user.title);
      continue;
    }
    await auth.createUser({ ...user, password, districtCode: user.districtCode ?? null, municipalityCode: user.municipalityCode ?? null });
  }
  console.log('\nDemo users (synthetic data only):');
  for (const user of DEMO_USERS) console.log(`  ${user.username.padEnd(18)} ${user.fullName}, ${user.label}`);
  console.log(`  password: ${config.OPSPOR_DEMO_PASSWORD ? '(from OPSPOR_DEMO_PASSWORD)' : password}\n`);
} finally {
  await app.close();
}
