import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeWithPrefix } from '../support/data.js';
import type { TestApp } from '../support/app.js';
import { ARTIFACTS, launchBrowser, openPage } from './support/browser.js';
import { startServerWithClient } from './support/server.js';
import { createUiUser, givePurpose, signInThroughUi, type UiUser } from './support/ui.js';

// Issue 13 in the browser: the roles and weights per category with their reasons, and the
// retention preview an admin sees before a manual run, in Danish and English. Nothing is saved
// or deleted (settings and retention are global).
let t: TestApp;
let browser: Browser;
let page: Page;
let admin: UiUser;
const errors: string[] = [];

beforeAll(async () => {
  t = await startServerWithClient();
  admin = await createUiUser(t, 'admin');
  browser = await launchBrowser();
  page = (await openPage(browser, t.url)).page;
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
  if (t) await removeWithPrefix(t.graph, `${t.runId}-`);
  await t?.close();
});

describe('rules faithful to the sources', () => {
  it('shows per category the roles that count and the weight, with the reason, in Danish and English', async () => {
    await signInThroughUi(page, admin);
    await page.waitForURL(/#\/inbox/);
    await givePurpose(page);
    await page.locator('header nav').getByRole('link', { name: 'Regler', exact: true }).click();
    const categories = page.locator('[data-testid="rule-categories"]');
    const threats = categories.locator('[data-testid="category-trussel-paa-livet"]');
    await threats.waitFor();
    expect(await threats.textContent()).toMatch(/Trussel på livet.*mistænkt, sigtet, anden part.*1.*selvmord/);
    expect(await categories.locator('[data-testid="category-nabostridigheder"]').textContent()).toContain('0,25');
    await categories.screenshot({ path: join(ARTIFACTS, 'rules-categories-da.png') });

    await page.locator('[data-testid="preview-retention"]').click();
    const preview = page.locator('[data-testid="retention-preview"]');
    await preview.waitFor();
    expect(await preview.textContent()).toMatch(/beholde \d+ gamle sager/);
    expect(await page.locator('[data-testid="run-retention"]').isEnabled()).toBe(true);
    await page.locator('[data-testid="operations"]').screenshot({ path: join(ARTIFACTS, 'rules-retention-preview-da.png') });

    await page.locator('header').getByRole('button', { name: 'English' }).click();
    await categories.getByText('Roles that count').waitFor();
    expect(await threats.textContent()).toMatch(/Threat to life.*suspect, charged, other party.*suicide/);
    await categories.screenshot({ path: join(ARTIFACTS, 'rules-categories-en.png') });
    await page.locator('[data-testid="preview-retention"]').click();
    await preview.getByText(/keep \d+ old cases/).waitFor();
    await page.locator('[data-testid="operations"]').screenshot({ path: join(ARTIFACTS, 'rules-retention-preview-en.png') });
    expect(errors).toEqual([]);
  });
});
