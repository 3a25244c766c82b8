import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.js';
import { removeWithPrefix } from '../support/data.js';
import { launchBrowser, openPage, saveScreenshot } from './support/browser.js';
import { startServerWithClient } from './support/server.js';
import { createUiUser, signInThroughUi, type UiUser } from './support/ui.js';

// The router (React Router on the URL's hash): a deep link opened in a fresh tab lands on its page
// after signing in, back and forward move through the pages, an unknown path and a page of another
// role say so, and `#/` goes to the role's first page. Nothing here reads person data.

let t: TestApp;
let browser: Browser;
let admin: UiUser;
let analyst: UiUser;
const pages: Page[] = [];

beforeAll(async () => {
  t = await startServerWithClient();
  [admin, analyst] = await Promise.all([createUiUser(t, 'admin'), createUiUser(t, 'analyst')]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (t) await removeWithPrefix(t.graph, `${t.runId}-`);
  await t?.close();
});

async function fresh(path: string, user: UiUser): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, t.url, path);
  pages.push(opened.page);
  await signInThroughUi(opened.page, user);
  return opened;
}

const heading = (page: Page) => page.locator('main h1').first();

describe('navigation in the browser', () => {
  it('a deep link opened in a fresh tab lands on its page, query included, after signing in', async () => {
    const { page, errors } = await fresh('/#/users', admin);
    await page.waitForURL(/#\/users$/);
    await heading(page).waitFor();
    expect(await heading(page).textContent()).toMatch(/Brugere/);
    expect(await page.locator('header nav a[aria-current="page"]').textContent()).toBe('Brugere');

    await page.goto('/#/rules');
    await page.waitForURL(/#\/rules$/);
    await page.locator('main h1', { hasText: 'Regler' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('back and forward move through the pages visited by links', async () => {
    const { page, errors } = await fresh('/#/rules', admin);
    await page.locator('main h1', { hasText: 'Regler' }).waitFor();
    await page.locator('header nav').getByRole('link', { name: 'Brugere', exact: true }).click();
    await page.waitForURL(/#\/users$/);
    await page.locator('main h1', { hasText: 'Brugere' }).waitFor();
    await page.locator('header nav').getByRole('link', { name: 'Delingsgrundlag', exact: true }).click();
    await page.waitForURL(/#\/sharing$/);

    await page.goBack();
    await page.waitForURL(/#\/users$/);
    await page.locator('main h1', { hasText: 'Brugere' }).waitFor();
    await page.goBack();
    await page.waitForURL(/#\/rules$/);
    await page.locator('main h1', { hasText: 'Regler' }).waitFor();
    await page.goForward();
    await page.waitForURL(/#\/users$/);
    await page.locator('main h1', { hasText: 'Brugere' }).waitFor();
    expect(await page.locator('header nav a[aria-current="page"]').textContent()).toBe('Brugere');
    expect(errors).toEqual([]);
  });

  it('`#/` goes to the role’s first page; an unknown path and another role’s page say so', async () => {
    const { page, errors } = await fresh('/#/', analyst);
    // an analyst's first page is the explorer, and the redirect replaces `#/` in the history
    await page.waitForURL(/#\/explorer$/);
    await page.goto('/#/no-such-page');
    await page.locator('main p', { hasText: 'Siden findes ikke' }).waitFor();
    await saveScreenshot(page, 'navigation-not-found-da');
    await page.goto('/#/users');
    await page.locator('main p', { hasText: /adgang/i }).waitFor();
    // the API was never asked for the users: the page is not rendered for the wrong role
    expect(await page.locator('table').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('the users page and the explorer in Danish and English (screenshots)', async () => {
    const { page, errors } = await fresh('/#/users', admin);
    await page.locator('main h1', { hasText: 'Brugere' }).waitFor();
    await page.locator('main table tbody tr').first().waitFor();
    await saveScreenshot(page, 'router-users-da');
    await page.locator('[data-testid="language-toggle"]').click();
    await page.locator('main h1', { hasText: 'Users' }).waitFor();
    await saveScreenshot(page, 'router-users-en');
    // the language stays when the router moves on
    await page.locator('header nav').getByRole('link', { name: 'Family explorer', exact: true }).click();
    await page.waitForURL(/#\/explorer$/);
    await page.locator('input[name="search"]').waitFor();
    await saveScreenshot(page, 'router-explorer-en');
    await page.locator('[data-testid="language-toggle"]').click();
    await page.locator('header nav').getByRole('link', { name: 'Familieopslag', exact: true }).waitFor();
    await saveScreenshot(page, 'router-explorer-da');
    expect(errors).toEqual([]);
  });
});
