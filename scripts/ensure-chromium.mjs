#!/usr/bin/env node
// Finds Debian's Chromium for the browser tests, installing it with apt when missing (as root).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** How the project runs Chromium headless (browser tests and the client benchmark). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  if (process.env.OPSPOR_CHROMIUM && existsSync(process.env.OPSPOR_CHROMIUM)) return process.env.OPSPOR_CHROMIUM;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (findChromium()) process.exit(0);
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = root ? [] : ['sudo', '-n'];
  console.log("chromium: not found, installing Debian's chromium with apt-get…");
  const apt = (args) =>
    spawnSync(sudo[0] ?? 'apt-get', [...sudo.slice(1), ...(sudo.length ? ['apt-get'] : []), ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status;
  if (apt(['update', '-qq']) !== 0 || apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']) !== 0) {
    console.error('chromium: apt-get could not install chromium (run as root, or install it yourself)');
    process.exit(1);
  }
  process.exit(findChromium() ? 0 : 1);
}
