import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.js';
import { removeWithPrefix } from '../support/data.js';
import { ASSESSMENT, flaggedFamily, raiseFlag } from '../integration/review.fixtures.js';
import { pdfText } from '../integration/review.pdf.js';
import { ARTIFACTS, launchBrowser, openPage, saveScreenshot } from './support/browser.js';
import { startServerWithClient } from './support/server.js';
import { createUiUser, givePurpose, signInThroughUi, type UiUser } from './support/ui.js';

// A coordinator's week in the browser: inbox → cluster → assessment → approval by a second
// coordinator → REPORTED → PDF, whose text is read back.
let t: TestApp;
let browser: Browser;
let P: string;
let flagId: string;
let journalNumbers: string[];
let childId: string;
let author: UiUser;
let approver: UiUser;
const errors: string[] = [];

beforeAll(async () => {
  t = await startServerWithClient();
  P = `${t.runId}-`;
  const family = flaggedFamily(`${P}e2e-`, { municipalityCode: '825' });
  journalNumbers = family.records.flatMap((r) => (r.type === 'case' ? [r.journalNo] : []));
  childId = family.id('barn');
  flagId = await raiseFlag(t, family);
  [author, approver] = await Promise.all([
    createUiUser(t, 'coordinator', { districtCode: 'NJY' }),
    createUiUser(t, 'coordinator', { districtCode: 'NJY' }),
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

const flagPath = () => `/#/flags/${encodeURIComponent(flagId)}`;

describe('coordinator workflow in the browser', () => {
  let page: Page;

  it('lands on the inbox, which marks the new flag and filters by municipality', async () => {
    page = await signedInPage(author);
    await page.waitForURL(/#\/inbox/);
    await givePurpose(page);
    await page.goto('/#/inbox?municipality=825');
    const row = page.locator(`tr[data-flag-id="${flagId}"]`);
    await row.waitFor();
    expect(await row.locator('.new-dot').count()).toBe(1);
    expect(await row.textContent()).toContain('Læsø');
    expect(await page.locator('[data-status-tab="NEW"] .count').textContent()).toMatch(/^[1-9]\d*$/);
    await saveScreenshot(page, 'coordinator-inbox');
    await row.locator('a', { hasText: 'Åbn' }).click();
    await page.waitForURL(/#\/flags\//);
  });

  it('shows the children first, the adults with their relation and residence, minimised evidence, and the genogram', async () => {
    await page.locator('[data-testid="children"] .child-card').first().waitFor();
    const children = await page.locator('[data-testid="children"]').textContent();
    expect(children).toContain('Test barn');
    expect(children).toContain('Test bror');
    const father = page.locator(`[data-testid="adults"] tr[data-person-id="${P}e2e-far"]`);
    expect(await father.textContent()).toMatch(/forælder – Test barn.*Bor et andet sted/);
    const signals = page.locator('[data-testid="signals"]');
    expect(await signals.textContent()).toContain('Vold');
    expect(await signals.textContent()).not.toMatch(/\d{4}-\d{5}-\d{5}-\d{2}/);
    await signals.locator('button[data-case-id]').first().click();
    const detail = page.locator('[data-testid="case-detail"]');
    await detail.waitFor();
    expect(journalNumbers).toContain((await detail.locator('dd').first().textContent())?.trim());
    await page.waitForFunction((id) => Boolean(window.__opsporCy && window.__opsporCy.getElementById(id).nonempty()), childId);
    await saveScreenshot(page, 'coordinator-cluster');
  });

  it('takes the flag into review with a note, and writes the assessment for one child', async () => {
    const triage = page.locator('[data-testid="triage"]');
    await triage.locator('button[data-transition="IN_REVIEW"]').click();
    expect(await triage.locator('[role="alert"]').textContent()).toMatch(/note/i);
    await triage.locator('textarea[name="note"]').fill('Tager sagen: far sigtet for vold tre gange.');
    await triage.locator('button[data-transition="IN_REVIEW"]').click();
    await triage.locator('[data-status="IN_REVIEW"]').waitFor();
    expect(await triage.locator('[data-testid="assignee"]').textContent()).toBe(author.username);
    await triage.locator('[data-testid="report-link"]').click();
    await page.waitForURL(/\/report$/);
    const form = page.locator('form[aria-label="Faglig vurdering"]');
    await form.waitFor();
    await form.locator(`input[name="child"][value="${P}e2e-bror"]`).uncheck();
    await form.locator('textarea[name="assessment"]').fill(ASSESSMENT);
    await form.locator('button[type="submit"]').click();
    await page.locator('[role="status"]', { hasText: 'Udkast gemt' }).waitFor();
    const doc = page.locator('[data-testid="report-document"]');
    expect(await doc.textContent()).toContain('Test barn');
    expect(await doc.textContent()).not.toContain('Test bror');
    expect(await page.locator('[data-testid="report-actions"]').textContent()).toContain('Du har skrevet');
    expect(await page.locator('[data-testid="approve"]').count()).toBe(0);
    await saveScreenshot(page, 'coordinator-report-draft');
  });

  it('a second coordinator approves the report (four eyes)', async () => {
    const second = await signedInPage(approver);
    await second.goto(`${flagPath()}/report`);
    await givePurpose(second);
    await second.locator('[data-testid="approve"]').click();
    await second.locator('.report-status', { hasText: 'Godkendt' }).waitFor();
    await saveScreenshot(second, 'coordinator-report-approved');
    await second.context().close();
  });

  it('the author marks the flag reported and downloads the PDF, which holds the child and the assessment and no journal number', async () => {
    await page.reload();
    await page.locator('[data-testid="mark-reported"]').waitFor();
    await page.locator('textarea[name="reportedNote"]').fill('Sendt til Læsø Kommune via sikker post.');
    await page.locator('[data-testid="mark-reported"]').click();
    await page.locator('.page-head [data-status="REPORTED"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-pdf"]').click()]);
    const file = join(ARTIFACTS, 'coordinator-report.pdf');
    await download.saveAs(file);
    const text = (await pdfText(new Uint8Array(readFileSync(file)))).replace(/\s+/g, ' ');
    expect(text).toContain('Underretning til Læsø Kommune');
    expect(text).toContain('Test barn, født 09.09.2015');
    expect(text).toContain(ASSESSMENT);
    expect(text).toContain(`Godkendt af ${approver.username}`);
    expect(text).not.toMatch(/\d{4}-\d{5}-\d{5}-\d{2}/);
    for (const forbidden of [...journalNumbers, 'Test bror', 'HEMMELIGT']) expect(text).not.toContain(forbidden);
    await saveScreenshot(page, 'coordinator-report-reported');
  });

  it('records the outcome on the cluster page, and the statistics show charts', async () => {
    await page.goto(flagPath());
    const triage = page.locator('[data-testid="triage"]');
    await triage.locator('select[name="outcome"]').selectOption('RELEVANT');
    await triage.getByRole('button', { name: 'Gem tilbagemelding' }).click();
    await triage.locator('[data-testid="outcome"]').waitFor();
    expect(await triage.locator('[data-testid="history"]').textContent()).toContain('Kommunens tilbagemelding: Relevant');
    await saveScreenshot(page, 'coordinator-cluster-reported');
    await page.goto('/#/statistics');
    // This month's flag (raised by the test) is a visible bar.
    await page.locator('[data-testid="stats-months"] svg rect:not([height="0"])').first().waitFor();
    expect(await page.locator('[data-testid="stats-rates"] svg').count()).toBe(1);
    await saveScreenshot(page, 'coordinator-statistics');
    expect(errors).toEqual([]);
  });
});
