// Creates the demo users (one per role) when missing. Password: OPSPOR_DEMO_PASSWORD, or one
// generated on first start and kept in .opspor/demo-password (git-ignored) so later starts print it too.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../app.factory.js';
import { AuthService } from '../auth/auth.service.js';
import { UsersRepository } from '../auth/users.repository.js';
import type { Role } from '../auth/roles.js';

export const DEMO_USERS: { username: string; role: Role; districtCode?: string; municipalityCode?: string; label: string }[] = [
  { username: 'admin', role: 'admin', label: 'administrator' },
  { username: 'analyst', role: 'analyst', label: 'analytiker' },
  { username: 'coordinator', role: 'coordinator', districtCode: 'NJY', label: 'koordinator, Nordjyllands Politi' },
  { username: 'coordinator2', role: 'coordinator', districtCode: 'KBH', label: 'koordinator, Københavns Politi' },
  { username: 'caseworker', role: 'caseworker', municipalityCode: '851', label: 'sagsbehandler, Aalborg Kommune' },
  { username: 'municipal-admin', role: 'municipal-admin', municipalityCode: '851', label: 'kommunal administrator, Aalborg Kommune' },
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
    if (await users.find(user.username)) continue;
    await auth.createUser({ ...user, password, districtCode: user.districtCode ?? null, municipalityCode: user.municipalityCode ?? null });
  }
  console.log('\nDemo users (synthetic data only):');
  for (const user of DEMO_USERS) console.log(`  ${user.username.padEnd(16)} ${user.label}`);
  console.log(`  password: ${config.OPSPOR_DEMO_PASSWORD ? '(from OPSPOR_DEMO_PASSWORD)' : password}\n`);
} finally {
  await app.close();
}
