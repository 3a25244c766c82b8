import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import type { TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { removeWithPrefix } from '../support/data.js';
import { recheckAt } from '../support/flags.js';
import { flaggedFamily, raiseFlag } from '../integration/review.fixtures.js';
import { launchBrowser, openPage, saveScreenshot } from './support/browser.js';
import { startServerWithClient } from './support/server.js';
import { createUiUser, givePurpose, signInThroughUi, type UiUser } from './support/ui.js';

// A flag that changes under a coordinator's eyes: the cluster page says what changed since they
// last looked, lists the versions, and shows an earlier version as it was; a district that only
// registered a case reads the flag without the decision panel.
const TODAY = '2025-03-01';
let t: TestApp;
let browser: Browser;
let P: string;
let flagId: string;
let family: RecordBuilder;
let coordinator: UiUser;
let reader: UiUser;
const errors: string[] = [];

beforeAll(async () => {
  t = await startServerWithClient();
  P = `${t.runId}-`;
  family = flaggedFamily(`${P}ver-`, { municipalityCode: '851', district: 'OJY' });
  flagId = await raiseFlag(t, family, TODAY);
  [coordinator, reader] = await Promise.all([
    createUiUser(t, 'coordinator', { districtCode: 'NJY' }),
    createUiUser(t, 'coordinator', { districtCode: 'OJY' }),
  ]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (t) await removeWithPrefix(t.graph, P);
  await t?.close();
});

async function signedInPage(user: UiUser): Promise<Page> {
  const opened = await openPage(browser, t.url);
  opened.page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  opened.page.on('pageerror', (e) => errors.push(e.message));
  await signInThroughUi(opened.page, user);
  return opened.page;
}

async function openFlag(page: Page, query = ''): Promise<void> {
  await page.goto(`/#/flags/${encodeURIComponent(flagId)}${query}`);
  await page.locator('.versions-table').waitFor();
}

describe('flag versions in the browser', () => {
  let page: Page;

  it('shows version 1 with nothing changed, then what changed after new evidence, in Danish and English', async () => {
    page = await signedInPage(coordinator);
    await givePurpose(page);
    await openFlag(page);
    expect(await page.locator('.versions-table tbody tr').count()).toBe(1);
    expect(await page.locator('[data-testid^="changes-"]').count()).toBe(0);

    const more = new RecordBuilder(family.prefix, 50);
    more.case('vold', '2025-02-20', [['far', 'charged']], 'OJY');
    await t.app.get(IngestService).writer.writeTrusted(more.records);
    await recheckAt(t, [family.id('far')], TODAY);

    await page.reload();
    await openFlag(page);
    const changes = page.locator('[data-testid="changes-last-seen"]');
    await changes.waitFor();
    expect(await changes.textContent()).toContain('20.02.2025');
    expect(await changes.textContent()).toMatch(/version 1 → 2/);
    expect(await page.locator('.versions-table tbody tr').count()).toBe(2);
    // the signal names its current case (the new one) and the history behind it
    const current = await page.locator('[data-testid="current-case"]').first().textContent();
    expect(current).toContain('Aktuel sag: Vold, 20.02.2025');
    expect(current).toMatch(/historik: \d+ tidligere sager? (siden|fra) 10\.01\.2024/);
    await saveScreenshot(page, 'flag-versions-da');

    await page.evaluate(() => localStorage.setItem('opspor.lang', 'en'));
    await page.reload();
    await page.locator('.versions-table').waitFor();
    expect(await page.locator('h2#versions-title').textContent()).toBe('Versions');
    await saveScreenshot(page, 'flag-versions-en');
    await page.evaluate(() => localStorage.setItem('opspor.lang', 'da'));
    await page.reload();
  });

  it('opens version 1 as it was, without the decision panel', async () => {
    await openFlag(page, '?version=1');
    await page.locator('[data-testid="older-version"]').waitFor();
    expect(await page.locator('[data-testid="older-version"]').textContent()).toContain('version 1 af 2');
    expect(await page.locator('.triage').count()).toBe(0);
  });

  it('a district that registered a case reads the flag, is told who owns it, and gets no decision panel', async () => {
    const other = await signedInPage(reader);
    await givePurpose(other);
    await other.goto(`/#/inbox?scope=cases`);
    await other.locator(`tr[data-flag-id="${flagId}"]`).waitFor();
    expect(await other.locator(`tr[data-flag-id="${flagId}"]`).textContent()).toContain('Nordjyllands Politi');
    await saveScreenshot(other, 'inbox-other-districts-da');
    await openFlag(other);
    expect(await other.locator('.read-only-notice').textContent()).toContain('Nordjyllands Politi');
    expect(await other.locator('.triage').count()).toBe(0);
    await saveScreenshot(other, 'flag-read-only-da');
    expect(errors).toEqual([]);
  });
});
