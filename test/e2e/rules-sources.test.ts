import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSavedQuery } from '../../server/src/queries/query-header.js';
import { parseRuleFile } from '../../server/src/risk/index.js';
import { removeWithPrefix } from '../support/data.js';
import type { TestApp } from '../support/app.js';
import { ARTIFACTS, launchBrowser, openPage } from './support/browser.js';
import { startServerWithClient } from './support/server.js';
import { createUiUser, givePurpose, signInThroughUi, type UiUser } from './support/ui.js';

// Issue 13 in the browser: the roles and weights per category with their reasons, and the
// retention preview an admin sees before a manual run, in Danish and English. Nothing is saved
// or deleted (settings and retention are global). Then the rule and saved-query texts the server
// writes in the page's language: Danish, then (after the switch, without a reload) English.
const ROOT = join(import.meta.dirname, '..', '..', 'cypher');
const churn = parseRuleFile('risk/address-churn', readFileSync(join(ROOT, 'risk', 'address-churn.cypher'), 'utf8'));
const family = parseSavedQuery(readFileSync(join(ROOT, 'queries', 'family-of-person.cypher'), 'utf8'), 'family-of-person');

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

describe('rule and saved-query texts in the page’s language', () => {
  it('the rules page and the saved-queries page in Danish, then in English', async () => {
    // signed in by the test above, which ends in English
    await page.locator('header').getByRole('button', { name: 'Dansk' }).click();
    const card = page.locator('[data-rule-id="address-churn"]');
    const queryPage = async () => {
      const query = page.locator('[data-testid="saved-query"]');
      await query.waitFor();
      return query;
    };

    // Danish
    await page.locator('header nav').getByRole('link', { name: 'Regler', exact: true }).click();
    await card.locator('[data-testid="rule-description"]').getByText(churn.description.da).waitFor();
    expect(await card.locator('[data-testid="param-reason"]').first().textContent()).toBe(churn.params[0]!.reason.da);
    await card.screenshot({ path: join(ARTIFACTS, 'rules-bilingual-da.png') });
    await page.locator('header nav').getByRole('link', { name: 'Gemte forespørgsler', exact: true }).click();
    await page.locator('[data-testid="saved-query-list"]').getByText(family.title.da).click();
    let query = await queryPage();
    await query.getByRole('heading', { name: family.title.da }).waitFor();
    expect(await query.locator(':scope > p').first().textContent()).toBe(family.description.da);
    expect(await query.locator('[data-testid="param-field"] small').first().textContent()).toContain(family.params[0]!.label.da);
    await page.screenshot({ path: join(ARTIFACTS, 'queries-bilingual-da.png') });

    // English, without a reload: the server is asked again in the new language
    await page.locator('header').getByRole('button', { name: 'English' }).click();
    query = await queryPage();
    await query.getByRole('heading', { name: family.title.en }).waitFor();
    expect(await query.locator(':scope > p').first().textContent()).toBe(family.description.en);
    expect(await query.locator('[data-testid="param-field"] small').first().textContent()).toContain(family.params[0]!.label.en);
    expect(await page.locator('[data-testid="saved-query-list"]').textContent()).not.toContain(family.title.da);
    await page.screenshot({ path: join(ARTIFACTS, 'queries-bilingual-en.png') });
    await page.locator('header nav').getByRole('link', { name: 'Rules', exact: true }).click();
    await card.locator('[data-testid="rule-description"]').getByText(churn.description.en).waitFor();
    expect(await card.locator('[data-testid="param-reason"]').first().textContent()).toBe(churn.params[0]!.reason.en);
    expect(await card.locator('[data-testid="rule-description"]').textContent()).not.toContain(churn.description.da);
    await card.screenshot({ path: join(ARTIFACTS, 'rules-bilingual-en.png') });
    expect(errors).toEqual([]);
  });
});
