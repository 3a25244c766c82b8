import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CROWDED, CROWDED_AS_OF, crowdedHouseholdRecords } from '../../seed/src/fixtures/crowded-household.js';
import { FAMILIEN_X, FAMILIEN_X_AS_OF, familienXRecords } from '../../seed/src/fixtures/familien-x.js';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { AuthService } from '../../server/src/auth/auth.service.js';
import { TEST_PASSWORD, type TestApp } from '../support/app.js';
import { launchBrowser, openPage, saveScreenshot } from './support/browser.js';
import { startServerWithClient } from './support/server.js';
import { createUiUser, givePurpose, signInThroughUi, waitForGenogram, type UiUser } from './support/ui.js';

// Date fields in the app's language (client/src/ui/DateField.tsx), not the browser's: the explorer's
// as-of field shows and takes 15.06.2020 in Danish and 15/06/2020 in English, and moves the
// explorer to the ISO day. Also screenshots, in both languages, every page with a date field and
// the crowded household's genogram (badges that used to overflow into a neighbour in English).
let t: TestApp;
let browser: Browser;

beforeAll(async () => {
  t = await startServerWithClient();
  // Demo fixtures (fixed ids, upserted idempotently, shared: never removed here).
  await t.app.get(IngestService).writer.writeTrusted([...familienXRecords(), ...crowdedHouseholdRecords()]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedInPage(user: UiUser): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, t.url);
  await signInThroughUi(opened.page, user);
  return opened;
}

const toggleLanguage = (page: Page) => page.locator('[data-testid="language-toggle"]').first().click();
const asOfInUrl = (page: Page) => new URL(page.url()).hash.match(/asOf=([\d-]+)/)?.[1];

describe('the explorer’s as-of field', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    ({ page, errors } = await signedInPage(await createUiUser(t, 'coordinator', { districtCode: 'NJY' })));
  });
  afterAll(() => page.context().close());

  it('shows dd.mm.åååå in Danish and moves the explorer to the day typed as 15.06.2020', async () => {
    await page.goto(`${t.url}/#/explorer?person=${FAMILIEN_X.father}&asOf=${FAMILIEN_X_AS_OF}`);
    await givePurpose(page);
    await waitForGenogram(page, FAMILIEN_X.father);
    const field = page.locator('[data-testid="as-of-date"]');
    const [y, m, d] = FAMILIEN_X_AS_OF.split('-');
    expect(await field.inputValue()).toBe(`${d}.${m}.${y}`);
    expect(await field.getAttribute('placeholder')).toBe('dd.mm.åååå');
    expect(await field.getAttribute('type')).toBe('text');
    await field.fill('15.06.2020');
    await page.waitForURL(/asOf=2020-06-15/);
    // Lenient: a short day and month with dashes, and ISO; written back in the Danish form on leaving.
    await field.fill('1-2-2019');
    await page.waitForURL(/asOf=2019-02-01/);
    await field.press('Tab');
    expect(await field.inputValue()).toBe('01.02.2019');
    await saveScreenshot(page, 'date-field-explorer-da');
  });

  it('says beside the field when a day does not exist, and leaves the explorer where it was', async () => {
    const field = page.locator('[data-testid="as-of-date"]');
    await field.fill('31.02.2026');
    await field.press('Tab');
    const message = page.locator('[data-testid="date-field-error"]');
    expect(await message.textContent()).toBe('Ikke en gyldig dato – skriv fx 01.12.2026');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toContain(await message.getAttribute('id'));
    await page.waitForTimeout(600);
    expect(asOfInUrl(page)).toBe('2019-02-01');
    await saveScreenshot(page, 'date-field-explorer-invalid-da');
    await field.fill('2019-02-01');
    await message.waitFor({ state: 'detached' });
  });

  it('shows the day first (dd/mm/yyyy) in English, and takes 15/06/2020 and ISO', async () => {
    await toggleLanguage(page);
    const field = page.locator('[data-testid="as-of-date"]');
    await expect.poll(() => field.inputValue()).toBe('01/02/2019');
    expect(await field.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await field.fill('15/06/2020');
    await page.waitForURL(/asOf=2020-06-15/);
    await field.fill('2021-08-20');
    await page.waitForURL(/asOf=2021-08-20/);
    await field.press('Tab');
    expect(await field.inputValue()).toBe('20/08/2021');
    await saveScreenshot(page, 'date-field-explorer-en');
    // The calendar: the button opens the browser's picker on the hidden ISO input; a day chosen
    // there (as the picker sets it, bypassing React's value tracker) moves the explorer too.
    await page.locator('[data-testid="as-of-date"] ~ button').click();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="as-of-date"] ~ input[type="date"]').evaluate((el: HTMLInputElement) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, '2018-03-04');
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForURL(/asOf=2018-03-04/);
    expect(await field.inputValue()).toBe('04/03/2018');
    await toggleLanguage(page);
  });

  it('draws the crowded household without a badge running into a neighbour (screenshots in both languages)', async () => {
    await page.goto(`${t.url}/#/explorer?person=${CROWDED.child}&asOf=${CROWDED_AS_OF}`);
    await waitForGenogram(page, CROWDED.lodgers[0]!);
    for (const lang of ['da', 'en']) {
      await page.waitForTimeout(800);
      // Drawn boxes of badges (Cytoscape's own measure of the text) of different persons never meet.
      const clashes = await page.evaluate(() => {
        const cy = window.__opsporCy!;
        const boxes = cy
          .nodes('[kind = "badge"]')
          .map((n) => ({ person: n.data('personId') as string, id: n.id(), box: n.boundingBox({}) }));
        const out: string[] = [];
        for (const a of boxes)
          for (const b of boxes)
            if (a.person < b.person && a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2)
              out.push(`${a.id} × ${b.id}`);
        return out;
      });
      expect(clashes).toEqual([]);
      await saveScreenshot(page, `date-field-genogram-crowded-${lang}`);
      if (lang === 'da') await toggleLanguage(page);
    }
    await toggleLanguage(page);
    await page.goto(`${t.url}/#/explorer?person=${FAMILIEN_X.father}&asOf=${FAMILIEN_X_AS_OF}`);
    await waitForGenogram(page, FAMILIEN_X.father);
    await page.waitForTimeout(800);
    await saveScreenshot(page, 'date-field-genogram-familien-x-da');
    await toggleLanguage(page);
    await page.waitForTimeout(800);
    await saveScreenshot(page, 'date-field-genogram-familien-x-en');
  });

  it('logged no errors in the browser console', () => {
    expect(errors).toEqual([]);
  });
});

describe('every page with a date field, in Danish and English', () => {
  const both = async (page: Page, name: string, ready: () => Promise<unknown>) => {
    await ready();
    await saveScreenshot(page, `date-field-${name}-da`);
    await toggleLanguage(page);
    await ready();
    await page.waitForTimeout(300);
    await saveScreenshot(page, `date-field-${name}-en`);
    await toggleLanguage(page);
  };

  it('admin: rules (scan date, back-test date), audit, sharing and API keys', async () => {
    const { page, errors } = await signedInPage(await createUiUser(t, 'admin'));
    await page.waitForURL(/#\/inbox/);
    await givePurpose(page);
    await page.goto(`${t.url}/#/rules`);
    await page.locator('input[name="scanAsOf"]').waitFor();
    await page.locator('[data-testid="edit-rules"]').click();
    await both(page, 'rules', () => page.locator('input[name="asOf"]').waitFor());
    await page.goto(`${t.url}/#/audit`);
    await page.locator('input[name="from"]').fill('1.12.2026');
    await page.locator('input[name="to"]').fill('30.02.2026');
    await page.locator('input[name="to"]').press('Tab');
    await both(page, 'audit', () => page.locator('[data-testid="date-field-error"]').waitFor());
    await page.goto(`${t.url}/#/sharing`);
    await both(page, 'sharing', () => page.locator('input[name="validFrom"]').waitFor());
    await page.goto(`${t.url}/#/queries?keys=1`);
    await both(page, 'api-keys', () => page.locator('input[name="expiresAt"]').waitFor());
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('municipal-admin: the screening panel', async () => {
    const username = `${t.runId}-ui-madmin-date`.toLowerCase();
    await t.app
      .get(AuthService)
      .createUser({ username, password: TEST_PASSWORD, role: 'municipal-admin', districtCode: null, municipalityCode: '787' });
    const { page, errors } = await signedInPage({ username, password: TEST_PASSWORD });
    await page.waitForURL(/#\/support/);
    await givePurpose(page, '7870-20250-00042-25');
    await page.locator('[data-testid="scan-panel"] summary').click();
    await both(page, 'scan', () => page.locator('[data-testid="scan-panel"] input[name="asOf"]').waitFor());
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
