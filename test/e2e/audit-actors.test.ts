import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditService } from '../../server/src/audit/audit.service.js';
import { signedIn, type TestApp } from '../support/app.js';
import { createNamedApiKey } from '../support/api-keys.js';
import { removeApiKeysNamed, removeWithPrefix } from '../support/data.js';
import { ARTIFACTS, launchBrowser, openPage } from './support/browser.js';
import { startServerWithClient } from './support/server.js';
import { createUiUser, signInThroughUi } from './support/ui.js';

// Issue 16: the audit log's "Who" column names people: a user's full name with the username as
// muted secondary text, an API key by its name, an unknown account as "(ukendt bruger)", in
// Danish and English; no username or key id is the only label of an entry.
let t: TestApp;
let browser: Browser;
let page: Page;
let P: string;
let keyId: string;

beforeAll(async () => {
  t = await startServerWithClient();
  P = `${t.runId}-aa-`;
  browser = await launchBrowser();
  ({ page } = await openPage(browser, t.url, '/'));
  const admin = await createUiUser(t, 'admin', { fullName: 'Mette Revision Holm' });
  await signInThroughUi(page, admin);
  const api = await signedIn(t, 'admin');
  keyId = await createNamedApiKey(api, `${P}Kommunens dataudtræk`);
  const audit = t.app.get(AuditService);
  await audit.record({ actor: { id: keyId, role: 'api-client' }, operation: 'runSavedQuery' });
  await audit.record({ actor: { id: `${P}ingen`, role: 'unknown' }, operation: 'signIn', outcome: 'denied' });
  await audit.record({ actor: { id: admin.username, role: 'admin' }, operation: 'users' });
});

afterAll(async () => {
  await browser?.close();
  if (!t) return;
  await removeApiKeysNamed(t.graph, P);
  await removeWithPrefix(t.graph, `${t.runId}-`);
  await t.close();
});

const who = (actor: string) => page.locator(`[data-testid="audit-table"] tr[data-actor="${actor}"]`).first().locator('td').nth(2);

describe('the audit log names who acted', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`shows full names, key names and unknown accounts (${lang})`, async () => {
      await page.goto(`/#/audit`);
      await page.reload();
      const toggle = page.locator('[data-testid="language-toggle"]').first();
      await toggle.waitFor();
      if ((await page.locator('html').getAttribute('lang')) !== lang) await toggle.click();
      await page.locator('[data-testid="audit-table"]').waitFor();
      const admin = page.locator('[data-testid="audit-table"] tr[data-operation="users"]').first();
      const adminUsername = (await admin.getAttribute('data-actor'))!;
      await expect.poll(() => who(adminUsername).locator('strong').textContent()).toBe('Mette Revision Holm');
      expect(await who(adminUsername).locator('.muted').first().textContent()).toBe(adminUsername);
      expect(await who(adminUsername).textContent()).toContain('Administrator');
      expect(await who(keyId).locator('strong').textContent()).toBe(`${P}Kommunens dataudtræk`);
      expect(await who(keyId).textContent()).toContain(lang === 'da' ? 'API-nøgle' : 'API key');
      expect(await who(`${P}ingen`).locator('strong').textContent()).toBe(lang === 'da' ? '(ukendt bruger)' : '(unknown user)');
      expect(await who(`${P}ingen`).locator('.muted').first().textContent()).toBe(`${P}ingen`);
      await page.screenshot({ path: join(ARTIFACTS, `audit-actors-${lang}.png`), clip: { x: 0, y: 0, width: 1600, height: 1100 } });
    });
  }
});
