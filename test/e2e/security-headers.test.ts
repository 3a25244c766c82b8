// Issue 14 item 10: the built client works under its Content Security Policy (no blocked script,
// style or image while signing in and drawing a family), the page cannot be framed, and source
// maps are not published in production.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILIEN_X, familienXRecords } from '../../seed/src/fixtures/familien-x.js';
import { APP_CONFIG } from '../../server/src/config/config.token.js';
import type { AppConfig } from '../../server/src/config/config.schema.js';
import { CypherRegistry } from '../../server/src/graph/cypher-registry.js';
import { IngestWriter } from '../../server/src/ingest/ingest-writer.js';
import { startApp, type TestApp } from '../support/app.js';
import { launchBrowser, openPage, saveScreenshot } from './support/browser.js';
import { startServerWithClient } from './support/server.js';
import { createUiUser, openFamily, signInThroughUi, waitForGenogram } from './support/ui.js';

let t: TestApp;
let browser: Browser;
let page: Page;
let errors: string[];
const violations: string[] = [];

beforeAll(async () => {
  t = await startServerWithClient();
  const config = t.app.get<AppConfig>(APP_CONFIG);
  // Fixed ids, upserted idempotently and shared with other tests: never removed here.
  await new IngestWriter(t.graph.driver, t.app.get(CypherRegistry), config.NEO4J_DATABASE).writeTrusted(familienXRecords());
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, t.url));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __csp?: string[] };
      (w.__csp ??= []).push(`${e.violatedDirective} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`);
    });
  });
  await page.reload();
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('security headers on the served client', () => {
  it('sends CSP, frame denial, nosniff and Referrer-Policy with the page', async () => {
    const res = await fetch(`${t.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('signs in and draws a family with no CSP violation (Danish and English)', async () => {
    await signInThroughUi(page, await createUiUser(t, 'analyst'));
    await page.waitForURL(/#\/explorer/);
    await openFamily(page, 'Brian Kjeldsen', FAMILIEN_X.father, 'Socialsøg-screening');
    await waitForGenogram(page, FAMILIEN_X.father);
    await page.waitForTimeout(500); // let the drawing settle for the screenshot
    await saveScreenshot(page, 'security-csp-explorer-da');
    await page.locator('[data-testid="language-toggle"]').first().click();
    await page.waitForTimeout(300);
    await saveScreenshot(page, 'security-csp-explorer-en');
    const details = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    expect(details).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e))).toEqual([]);
  });

  it('cannot be framed by another page', async () => {
    const framing = await browser.newPage();
    const blocked: string[] = [];
    framing.on('console', (msg) => blocked.push(msg.text()));
    await framing.setContent(`<iframe id="f" src="${t.url}/"></iframe>`);
    await framing.waitForTimeout(1000);
    const framedRoot = await framing
      .frames()[1]
      ?.$('#root')
      .catch(() => null);
    expect(framedRoot ?? null).toBeNull();
    await framing.close();
  });
});

describe('source maps', () => {
  it('are not served in production', async () => {
    const saved = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    let prod: TestApp | undefined;
    try {
      prod = await startApp();
    } finally {
      process.env.NODE_ENV = saved;
    }
    try {
      const html = await (await fetch(`${prod.url}/`)).text();
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeTruthy();
      const js = await (await fetch(`${prod.url}${script}`)).text();
      expect(js).not.toMatch(/sourceMappingURL/);
      expect((await fetch(`${prod.url}${script}.map`)).status).toBe(404);
    } finally {
      await prod.close();
    }
  });
});
