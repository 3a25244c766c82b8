import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuthService } from '../../server/src/auth/auth.service.js';
import type { IngestRecord } from '../../server/src/ingest/records.js';
import { signedIn, TEST_PASSWORD, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { readTest, removeWithPrefix } from '../support/data.js';
import { launchBrowser, openPage, saveScreenshot } from './support/browser.js';
import { startServerWithClient } from './support/server.js';
import { givePurpose, signInThroughUi, type UiUser } from './support/ui.js';

// The municipal caseworker's week in the browser (the Gladsaxe model, issue 10): a municipal-admin
// runs the screening, a caseworker reads the offer of support and offers it, the admin exports
// what concerned the child. Thisted (787) is used so that sharing bases other tests create for
// Aalborg never reach this page; every record of the test carries its run prefix.
const MUNICIPALITY = '787';
const AS_OF = '2025-03-01';
const PURPOSE = '7870-20250-00042-25';
const JOURNAL_NO = /\d{4}-\d{5}-\d{5}-\d{2}/;

let t: TestApp;
let browser: Browser;
let P: string;
let b: RecordBuilder;
let flagId: string;
let caseworker: UiUser;
let municipalAdmin: UiUser;
const sharingBases: string[] = [];
const errors: string[] = [];

/** A UI user of this run who belongs to the test's municipality (the shared helper makes police users). */
async function municipalUser(role: 'caseworker' | 'municipal-admin'): Promise<UiUser> {
  const username = `${t.runId}-ui-${role}-${randomUUID().slice(0, 6)}`.toLowerCase();
  await t.app.get(AuthService).createUser({ username, password: TEST_PASSWORD, role, districtCode: null, municipalityCode: MUNICIPALITY });
  return { username, password: TEST_PASSWORD };
}

/** A young family: the mother (three police cases of violence, which the municipality must not see), a father elsewhere, a child of two. */
function family(): IngestRecord[] {
  b = new RecordBuilder(`${P}cw-`);
  b.person('mor', 'F', '1990-05-05').person('far', 'M', '1988-01-01').person('barn', 'M', '2022-04-04');
  b.address('hjem', MUNICIPALITY).address('andet', MUNICIPALITY);
  b.lives('mor', 'hjem', '2019-01-01').lives('barn', 'hjem', '2022-04-04').lives('far', 'andet', '2020-01-01');
  b.parent('mor', 'barn').parent('far', 'barn');
  for (let i = 0; i < 3; i += 1) b.case('vold', `2024-0${i + 1}-10`, [['mor', 'charged']]);
  const indicator = (local: string, personId: string, kind: string, date: string, detail?: string): IngestRecord => ({
    type: 'indicator',
    id: b.id(local),
    personId: b.id(personId),
    kind,
    date,
    municipalityCode: MUNICIPALITY,
    ...(detail ? { detail } : {}),
  });
  return [
    ...b.records,
    indicator('tand1', 'barn', 'dental-no-show', '2024-02-20'),
    indicator('tand2', 'barn', 'dental-no-show', '2024-09-20'),
    indicator('misbrug', 'mor', 'addiction-treatment', '2024-06-01', 'Ambulant alkoholbehandling'),
  ];
}

beforeAll(async () => {
  t = await startServerWithClient();
  P = `${t.runId}-`;
  const admin = await signedIn(t, 'admin');
  const jsonl = family()
    .map((r) => JSON.stringify(r))
    .join('\n');
  await admin.ok('mutation($j: String!) { ingest(jsonl: $j) { records } }', { j: jsonl });
  flagId = `support-${MUNICIPALITY}-${b.id('hjem')}`;
  [caseworker, municipalAdmin] = await Promise.all([municipalUser('caseworker'), municipalUser('municipal-admin')]);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (t) {
    await readTest(t.graph, 'remove-sharing-bases', { ids: sharingBases });
    // The support flag's id starts with the municipality, not the run prefix: remove it (and its decisions) by its own prefix.
    await removeWithPrefix(t.graph, `support-${MUNICIPALITY}-${P}`);
    await removeWithPrefix(t.graph, P);
  }
  await t?.close();
});

async function signedInPage(user: UiUser): Promise<Page> {
  const { page } = await openPage(browser, t.url);
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await signInThroughUi(page, user);
  return page;
}

const navLinks = (page: Page) => page.locator('header.header-bar nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

describe('municipal caseworker in the browser', () => {
  let page: Page;

  it('a municipal-admin runs the screening from the inbox as of a date, and the family appears as a new offer', async () => {
    const admin = await signedInPage(municipalAdmin);
    await admin.waitForURL(/#\/support/);
    await givePurpose(admin, PURPOSE);
    expect(await navLinks(admin)).toEqual(['#/support', '#/subject-access']);
    const panel = admin.locator('[data-testid="scan-panel"]');
    await panel.locator('summary').click();
    await panel.locator('input[name="asOf"]').fill(AS_OF);
    expect(await panel.locator('input[name="maxChildAge"]').inputValue()).toBe('6');
    await panel.locator('button[type="submit"]').click();
    expect(await panel.locator('[data-testid="scan-result"]').textContent()).toMatch(
      /Screening pr\. 01\.03\.2025: \d+ famili(?:e|er) gennemgået, [1-9]\d* forslag/,
    );
    await admin.locator(`tr[data-flag-id="${flagId}"]`).waitFor();
    await saveScreenshot(admin, 'caseworker-admin-scan');
    await admin.context().close();
  });

  it('the caseworker lands on the inbox of offers of support, with counts, and no police page on offer', async () => {
    page = await signedInPage(caseworker);
    await page.waitForURL(/#\/support/);
    await givePurpose(page, PURPOSE);
    const row = page.locator(`tr[data-flag-id="${flagId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Gentagne udeblivelser fra tandplejen');
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('NEW');
    await page.locator('[data-status-tab="NEW"] .count', { hasText: /^[1-9]\d*$/ }).waitFor();
    // Only the municipal page: no flags inbox, no explorer, no statistics, no saved queries.
    expect(await navLinks(page)).toEqual(['#/support']);
    expect(await page.locator('h1').textContent()).toBe('Tilbud om støtte');
    expect(await page.locator('main').textContent()).not.toMatch(/bekymring/i);
    await saveScreenshot(page, 'caseworker-inbox');
    for (const police of ['/#/inbox', '/#/explorer', '/#/queries']) {
      await page.goto(police);
      await page.locator('main', { hasText: 'Din rolle giver ikke adgang til denne side.' }).waitFor();
    }
    await page.goto('/#/support');
    await row.locator('a', { hasText: 'Åbn' }).click();
    await page.waitForURL(/#\/support\/support-/);
  });

  it('shows the children first, the adults with relation and residence, the rules with their evidence, and no police data', async () => {
    const children = page.locator('[data-testid="children"]');
    await children.locator('.child-card').first().waitFor();
    expect(await children.textContent()).toMatch(/Test barn.*2 år.*født 04\.04\.2022/);
    const adults = page.locator('[data-testid="adults"]');
    expect(await adults.locator(`tr[data-person-id="${b.id('mor')}"]`).textContent()).toMatch(/forælder – Test barn.*Bor hos børnene/);
    expect(await adults.locator(`tr[data-person-id="${b.id('far')}"]`).textContent()).toMatch(/forælder – Test barn.*Bor et andet sted/);
    expect(await page.locator('[data-testid="wording"]').textContent()).toMatch(/Tilbud om støtte/);
    const dental = page.locator('[data-testid="signals"] [data-rule-id="municipal-dental-no-shows"]');
    expect(await dental.locator('tbody tr').count()).toBe(2);
    expect(await dental.textContent()).toMatch(/20\.02\.2024.*Udeblivelse fra den kommunale tandpleje/);
    expect(await page.locator('[data-testid="signals"] [data-rule-id="municipal-parent-addiction"]').textContent()).toContain(
      'Misbrugsbehandling',
    );
    // No sharing basis is in force for Thisted: no police history, no case categories, no journal numbers.
    expect(await page.locator('[data-testid="sharing-bases"], [data-testid="shared-police"]').count()).toBe(0);
    const main = (await page.locator('main').textContent()) ?? '';
    expect(main).not.toMatch(/vold/i);
    expect(main).not.toMatch(JOURNAL_NO);
    expect(main).not.toMatch(/bekymring/i);
    // The family drawing carries the members and no history badges.
    await page.waitForFunction((id) => Boolean(window.__opsporCy && window.__opsporCy.getElementById(id).nonempty()), b.id('far'));
    expect(await page.evaluate(() => window.__opsporCy?.nodes('[kind = "badge"]').length)).toBe(0);
    // The mother's own-municipality records, on request.
    await page.locator(`[data-testid="family"] button[data-person-id="${b.id('mor')}"]`).click();
    const records = page.locator('[data-testid="person-indicators"]');
    await records.locator('tbody tr').first().waitFor();
    expect(await records.textContent()).toMatch(/01\.06\.2024.*Misbrugsbehandling.*Ambulant alkoholbehandling/);
    await saveScreenshot(page, 'caseworker-support-flag');
  });

  it('records “Tilbyd støtte” with a required note, and the status and history change', async () => {
    const decision = page.locator('[data-testid="decision"]');
    await decision.locator('button[data-decision="OFFER_SUPPORT"]').click();
    expect(await decision.locator('[role="alert"]').textContent()).toMatch(/note/i);
    expect(await decision.locator('button[data-decision="OFFER_SUPPORT"]').textContent()).toBe('Tilbyd støtte');
    await decision.locator('textarea[name="note"]').fill('Sundhedsplejen tilbyder hjemmebesøg og hjælp til tandplejen.');
    await decision.locator('button[data-decision="OFFER_SUPPORT"]').click();
    await page.locator('.page-head [data-status="OFFER_SUPPORT"]').waitFor();
    expect(await page.locator('.page-head [data-status]').textContent()).toBe('Støtte tilbudt');
    const history = decision.locator('[data-testid="decision-history"] li').first();
    expect(await history.textContent()).toMatch(new RegExp(`${caseworker.username}.*Støtte tilbudt.*Sundhedsplejen tilbyder hjemmebesøg`));
    await saveScreenshot(page, 'caseworker-decided');
    await page.goto('/#/support?status=OFFER_SUPPORT');
    const row = page.locator(`tr[data-flag-id="${flagId}"]`);
    await row.waitFor();
    expect(await row.locator('[data-status]').textContent()).toBe('Støtte tilbudt');
    expect(await page.locator('[data-status-tab="OFFER_SUPPORT"]').getAttribute('aria-pressed')).toBe('true');
  });

  it('reads in English too', async () => {
    await page.goto(`/#/support/${encodeURIComponent(flagId)}`);
    await page.locator('[data-testid="language-toggle"]').click();
    await page.locator('h1', { hasText: 'Offer of support' }).waitFor();
    expect(await page.locator('.page-head [data-status]').textContent()).toBe('Support offered');
    expect(await page.locator('[data-testid="signals"]').textContent()).toContain('Repeated missed dental care');
    await saveScreenshot(page, 'caseworker-support-flag-en');
    await page.locator('[data-testid="language-toggle"]').click();
    await page.locator('h1', { hasText: 'Tilbud om støtte' }).waitFor();
  });

  it('prints a plain-language letter to the family: the kinds of municipal data, never police data, voluntary, and how to see the data', async () => {
    await page.goto(`/#/support/${encodeURIComponent(flagId)}`);
    await page.locator('[data-testid="offer-letter-link"]').click();
    const letter = page.locator('[data-testid="offer-letter"]');
    await letter.waitFor();
    expect(await letter.locator('h1').textContent()).toBe('Tilbud om støtte til jeres familie');
    expect(await letter.locator('[data-testid="letter-kinds"]').textContent()).toContain('Udeblivelse fra den kommunale tandpleje');
    expect(await letter.locator('[data-testid="letter-no-police"]').textContent()).toBe('Vi har ikke brugt oplysninger fra politiet.');
    expect(await letter.locator('[data-testid="letter-voluntary"]').textContent()).toContain('I bestemmer selv');
    expect(await letter.locator('[data-testid="letter-access"]').textContent()).toContain('indsigtsret');
    // The mother's three police cases of violence stay out of the letter.
    expect((await letter.textContent())?.toLowerCase()).not.toContain('vold');
    await saveScreenshot(page, 'caseworker-offer-letter');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header-bar').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="print-letter"]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    // Back on the offer, where the next step (a sharing basis) is seen.
    await page.locator('a', { hasText: 'Tilbage til tilbuddet' }).click();
    await page.locator('[data-testid="decision"]').waitFor();
  });

  it('names a sharing basis prominently when the police share history under it, and shows only counts by category', async () => {
    const admin = await signedIn(t, 'admin');
    const until = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const created = await admin.ok<{ createSharingBasis: { id: string } }>(
      'mutation($i: SharingBasisInput!) { createSharingBasis(input: $i) { id } }',
      {
        i: {
          legalBasis: 'Serviceloven § 49 b (e2e-test)',
          purpose: 'Tidlig indsats for småbørnsfamilier (e2e-test)',
          fromSource: 'police',
          toOrg: `municipality:${MUNICIPALITY}`,
          validFrom: '2025-01-01',
          validUntil: until,
        },
      },
    );
    sharingBases.push(created.createSharingBasis.id);
    await page.reload();
    const notice = page.locator('[data-testid="sharing-bases"]');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/Serviceloven § 49 b \(e2e-test\).*Tidlig indsats.*Politiet/);
    const shared = page.locator('[data-testid="shared-police"]');
    expect(await shared.textContent()).toMatch(/Serviceloven § 49 b \(e2e-test\).*Test mor.*Vold.*3/);
    expect(await page.locator('main').textContent()).not.toMatch(JOURNAL_NO);
    await saveScreenshot(page, 'caseworker-sharing-basis');
    await readTest(t.graph, 'remove-sharing-bases', { ids: sharingBases.splice(0) });
  });

  it('the municipal-admin exports what concerned the child: records, rules and the decision, printable', async () => {
    const admin = await signedInPage(municipalAdmin);
    await admin.waitForURL(/#\/support/);
    await givePurpose(admin, PURPOSE);
    await admin.locator('header.header-bar nav a', { hasText: 'Aktindsigt' }).click();
    // An unknown name says that no person matches; it never makes an extract.
    await admin.locator('input[name="query"]').fill('Karl Yde');
    await admin.locator('form.subject-form button[type="submit"]').click();
    expect(await admin.locator('[data-testid="no-match"]').textContent()).toMatch(/Ingen person matcher "Karl Yde"/);
    expect(await admin.locator('[data-testid="subject-report"]').count()).toBe(0);
    await admin.locator('input[name="query"]').fill(b.id('barn'));
    await admin.locator('form.subject-form button[type="submit"]').click();
    await admin.locator(`[data-testid="subject-matches"] button[data-person-id="${b.id('barn')}"]`).click();
    await admin.locator('[data-testid="subject-person"]').waitFor();
    expect(await admin.locator('[data-testid="subject-person"] h2').textContent()).toMatch(/^Test barn, født/);
    const report = admin.locator('[data-testid="subject-report"]');
    await report.waitFor();
    expect(await report.locator('[data-testid="subject-indicators"] tbody tr').count()).toBe(2);
    expect(await report.locator('[data-testid="subject-flags"]').textContent()).toMatch(
      /01\.03\.2025.*Gentagne udeblivelser fra tandplejen.*Støtte tilbudt.*Sundhedsplejen tilbyder hjemmebesøg/,
    );
    expect(await admin.locator('[data-testid="print"]').isVisible()).toBe(true);
    await admin.emulateMedia({ media: 'print' });
    expect(await admin.locator('header.header-bar').isVisible()).toBe(false);
    await saveScreenshot(admin, 'caseworker-subject-export-print');
    await admin.emulateMedia({ media: 'screen' });
    await admin.context().close();
  });

  it('records the family’s answer “declined” with date and note, and the offer shows it as closed', async () => {
    await page.goto(`/#/support/${encodeURIComponent(flagId)}`);
    const form = page.locator('[data-testid="family-answer-form"]');
    await form.locator('[data-testid="record-answer"]').click();
    expect(await form.locator('.field-error[data-field="answer"]').textContent()).toBe('Vælg familiens svar.');
    await form.locator('input[name="answer"][value="DECLINED"]').check();
    await form.locator('textarea[name="answerNote"]').fill('Moren takkede nej i telefonen; familien har selv kontakt til tandlægen.');
    await form.locator('[data-testid="record-answer"]').click();
    const answer = page.locator('[data-testid="family-answer"]');
    await answer.waitFor();
    expect(await answer.locator('[data-answer]').getAttribute('data-answer')).toBe('DECLINED');
    expect(await answer.textContent()).toContain('Moren takkede nej i telefonen');
    await saveScreenshot(page, 'caseworker-family-answer');
  });

  it('logged no errors in the browser console', () => {
    expect(errors).toEqual([]);
  });
});
