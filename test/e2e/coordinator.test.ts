import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.js';
import { removeWithPrefix } from '../support/data.js';
import { UsersRepository } from '../../server/src/auth/users.repository.js';
import { formatDateDa } from '../../server/src/review/report-content.js';
import { ReviewClock } from '../../server/src/review/review.clock.js';
import { ASSESSMENT, INSTITUTION, OBSERVED, flaggedFamily, raiseFlag } from '../integration/review.fixtures.js';
import { pdfText } from '../integration/review.pdf.js';
import { ARTIFACTS, launchBrowser, openPage, saveScreenshot } from './support/browser.js';
import { startServerWithClient } from './support/server.js';
import { createUiUser, givePurpose, signInThroughUi, type UiUser } from './support/ui.js';

// A coordinator's week in the browser: inbox → cluster → assessment → request approval → a second
// coordinator returns it with a comment → revision → approval → REPORTED → PDF, whose text is read back.
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
  await t.app.get(UsersRepository).setNames(author.username, 'Anne Forfatter Juhl', 'Politikommissær');
  await t.app.get(UsersRepository).setNames(approver.username, 'Bent Godkender Krog', 'Politiassistent');
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
    // people by name: the assignee and who acted in the history (the username as secondary text)
    const assigned = triage.locator('[data-testid="assignee"]');
    expect(await assigned.textContent()).toBe('Anne Forfatter Juhl');
    expect(await assigned.getAttribute('data-username')).toBe(author.username);
    expect(await triage.locator('[data-testid="history-actor"]').first().textContent()).toBe('Anne Forfatter Juhl');
    const options = await triage.locator('select[name="assignee"] option').allTextContents();
    expect(options).toEqual(expect.arrayContaining([expect.stringContaining('Bent Godkender Krog')]));
    await triage.locator('[data-testid="report-link"]').click();
    await page.waitForURL(/\/report$/);
    const form = page.locator('form[data-testid="report-form"]');
    await form.waitFor();
    await form.locator(`input[name="child"][value="${P}e2e-bror"]`).uncheck();
    // The form checks the contract's rule before sending: a too-short assessment and the filler the
    // issue quotes are refused beside the assessment, and no draft is sent.
    const drafts: string[] = [];
    page.on('request', (r) => r.url().endsWith('/graphql') && /mutation SaveReport\b/.test(r.postData() ?? '') && drafts.push(r.url()));
    const assessment = form.locator('textarea[name="assessment"]');
    const assessmentError = form.locator('[role="alert"][data-field="assessment"]');
    await form.locator('textarea[name="observed"]').fill(OBSERVED);
    await form.locator('input[name="institution"]').fill(INSTITUTION);
    await assessment.fill('Barnet virker træt.');
    await form.locator('button[type="submit"]').click();
    expect(await assessmentError.textContent()).toBe('Skriv mindst 10 ord, der beskriver barnet.');
    expect(await assessment.getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'coordinator-report-too-short');
    await page.locator('[data-testid="language-toggle"]').click();
    await assessmentError.filter({ hasText: 'Write at least 10 words describing the child.' }).waitFor();
    await saveScreenshot(page, 'coordinator-report-too-short-en');
    await page.locator('[data-testid="language-toggle"]').click();
    await assessmentError.filter({ hasText: 'Skriv mindst 10 ord' }).waitFor();
    await assessment.fill('Far har gentagne sager om spiritus og vold. Blablabla blablabla.');
    await form.locator('button[type="submit"]').click();
    expect(await form.locator('[role="alert"]').textContent()).toMatch(/blablabla/);
    expect(await assessmentError.textContent()).toMatch(/“blablabla” er ikke en beskrivelse/);
    expect(await form.locator('[role="alert"]').count()).toBe(1);
    expect(drafts).toEqual([]);
    // The API's own refusal stands beside the field it names: the draft is sent as a client without
    // the rule would send it (the observation replaced by filler on its way), and the real API refuses.
    await assessment.fill(ASSESSMENT);
    expect(await assessmentError.count()).toBe(0);
    await page.route('**/graphql', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { query?: string; variables?: { input?: Record<string, unknown> } };
      if (!/^\s*mutation SaveReport\b/.test(body.query ?? '') || !body.variables?.input) return route.continue();
      body.variables.input.observed = 'hahaha hahaha hahaha hahaha hahaha hahaha';
      return route.continue({ postData: JSON.stringify(body) });
    });
    await form.locator('button[type="submit"]').click();
    const observedError = form.locator('[role="alert"][data-field="observed"]');
    await observedError.waitFor();
    // the API's reason, in whichever language it answers: it names the filler
    expect(await observedError.textContent()).toMatch(/^Afvist af serveren: .*“hahaha”/);
    expect(await form.locator('textarea[name="observed"]').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.notice-error').count()).toBe(0);
    expect(drafts).toHaveLength(1);
    await page.unroute('**/graphql');
    await saveScreenshot(page, 'coordinator-report-refused');
    await page.locator('[data-testid="language-toggle"]').click();
    await observedError.filter({ hasText: /^Refused by the server: / }).waitFor();
    await saveScreenshot(page, 'coordinator-report-refused-en');
    await page.locator('[data-testid="language-toggle"]').click();
    await observedError.filter({ hasText: /^Afvist af serveren: / }).waitFor();
    // Editing the field clears the API's refusal; the draft then saves.
    await form.locator('textarea[name="observed"]').fill(`${OBSERVED} `);
    expect(await observedError.count()).toBe(0);
    await form.locator('button[type="submit"]').click();
    await page.locator('[role="status"]', { hasText: 'Udkast gemt' }).waitFor();
    const doc = page.locator('[data-testid="report-document"]');
    expect(await doc.textContent()).toContain('Test barn');
    expect(await doc.textContent()).not.toContain('Test bror');
    expect(await page.locator('[data-testid="approve"]').count()).toBe(0);
    await saveScreenshot(page, 'coordinator-report-draft');
    await page.locator('[data-testid="request-approval"]').click();
    await page.locator('.report-status', { hasText: 'Afventer godkendelse' }).waitFor();
    // The author cannot approve their own report: no button, and the report is read-only now.
    expect(await page.locator('[data-testid="approve"]').count()).toBe(0);
    expect(await page.locator('form[data-testid="report-form"]').count()).toBe(0);
  });

  it('a second coordinator sees it in the queue (with a count in the navigation), reads it read-only and returns it with a comment', async () => {
    const second = await signedInPage(approver);
    await second.locator('[data-testid="approval-count"]').waitFor();
    expect(Number(await second.locator('[data-testid="approval-count"]').textContent())).toBeGreaterThanOrEqual(1);
    await second.goto('/#/approvals');
    await givePurpose(second);
    const row = second.locator(`[data-testid="approval-queue"] tr[data-flag-id="${flagId}"]`);
    expect(await row.textContent()).toContain('Anne Forfatter Juhl, Politikommissær');
    await saveScreenshot(second, 'coordinator-approvals');
    await second.locator('[data-testid="language-toggle"]').click();
    await second.locator('h1', { hasText: 'Awaiting your approval' }).waitFor();
    await saveScreenshot(second, 'coordinator-approvals-en');
    await second.locator('[data-testid="language-toggle"]').click();
    await row.locator('a').click();
    await second.waitForURL(/\/report$/);
    await second.locator('[data-testid="approval-panel"]').waitFor();
    expect(await second.locator('form[data-testid="report-form"]').count()).toBe(0);
    expect(await second.locator('[data-testid="return"]').isDisabled()).toBe(true);
    await second.locator('textarea[name="returnComment"]').fill('Beskriv også, hvordan pigen har det i skolen.');
    await saveScreenshot(second, 'coordinator-report-review');
    await second.locator('[data-testid="return"]').click();
    await second.locator('.report-status', { hasText: 'Sendt retur' }).waitFor();
    await second.context().close();
  });

  it('the author sees the comment and the history, revises and asks again; the second coordinator approves', async () => {
    await page.reload();
    await page.locator('[data-testid="return-comment"]').waitFor();
    expect(await page.locator('[data-testid="return-comment"]').textContent()).toContain('Beskriv også, hvordan pigen har det i skolen.');
    expect(await page.locator('[data-testid="report-actions"] [data-testid="history"]').textContent()).toContain(
      'Sendt retur med kommentar',
    );
    await saveScreenshot(page, 'coordinator-report-returned');
    // The same page in English: the workflow's words are translated (the letter itself stays Danish).
    await page.locator('[data-testid="language-toggle"]').click();
    expect(await page.locator('[data-testid="report-actions"]').textContent()).toContain('Returned by Bent Godkender Krog');
    await saveScreenshot(page, 'coordinator-report-returned-en');
    await page.locator('[data-testid="language-toggle"]').click();
    const form = page.locator('form[data-testid="report-form"]');
    await form.locator('textarea[name="assessment"]').fill(`${ASSESSMENT} Skolen oplyser, at hun ofte er træt om mandagen.`);
    await form.locator('button[type="submit"]').click();
    await page.locator('[role="status"]', { hasText: 'Udkast gemt' }).waitFor();
    await page.locator('[data-testid="request-approval"]').click();
    await page.locator('.report-status', { hasText: 'Afventer godkendelse' }).waitFor();

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
    expect(text).toContain('barnets lov § 133');
    expect(text).toContain(`Dato: ${formatDateDa(t.app.get(ReviewClock).today())}`);
    expect(text).toContain('Udarbejdet af Anne Forfatter Juhl, Politikommissær');
    expect(text).toContain('Godkendt af Bent Godkender Krog, Politiassistent');
    expect(text).toContain('Nordjyllands Politi Koordinatorfunktionen for underretninger Telefon 114 njy-underretning@politi.example');
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
