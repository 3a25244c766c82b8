import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CONFIG } from '../../server/src/config/config.token.js';
import type { AppConfig } from '../../server/src/config/config.schema.js';
import { CypherRegistry } from '../../server/src/graph/cypher-registry.js';
import { IngestWriter } from '../../server/src/ingest/ingest-writer.js';
import { signedIn, type Client, type TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';
import { removeWithPrefix } from '../support/data.js';
import { ARTIFACTS, launchBrowser, openPage, saveScreenshot } from './support/browser.js';
import { startServerWithClient } from './support/server.js';
import { createUiUser, givePurpose, signInThroughUi, type UiUser } from './support/ui.js';

// The admin pages in the browser: rules (read, edit, back-test, cancel: nothing is saved, as
// rule overrides are global), the audit log (own sign-in, chain check, data-subject extract),
// users and sharing bases; and an analyst, who reads the rules but sees no admin page.
interface Rule {
  id: string;
  parameters: { name: string; value: string; min: number | null; max: number | null; reason: string }[];
}
const RULES = '{ riskRules { id parameters { name value min max reason } } }';
const JOURNAL_NO = '4100-98765-00042-25';

let t: TestApp;
let browser: Browser;
let P: string;
let admin: UiUser;
let analyst: UiUser;
let api: Client;
let personId: string;
let rulesBefore: Rule[];
let page: Page;
let basisId: string | null = null;
const errors: string[] = [];

const churnMinChanges = (rules: Rule[]) => rules.find((r) => r.id === 'address-churn')!.parameters.find((p) => p.name === 'minChanges')!;

beforeAll(async () => {
  t = await startServerWithClient();
  P = `${t.runId}-`;
  [admin, analyst] = await Promise.all([createUiUser(t, 'admin', { fullName: 'Birte Admin Testesen' }), createUiUser(t, 'analyst')]);
  api = await signedIn(t, 'admin');
  rulesBefore = (await api.ok<{ riskRules: Rule[] }>(RULES)).riskRules;
  // One person of this run, looked up once by an analyst with a journal number as purpose.
  const b = new RecordBuilder(`${P}adm-`).person('ida', 'F', '1985-04-02').address('hjem').lives('ida', 'hjem', '2015-01-01');
  personId = b.id('ida');
  const config = t.app.get<AppConfig>(APP_CONFIG);
  await new IngestWriter(t.graph.driver, t.app.get(CypherRegistry), config.NEO4J_DATABASE).writeTrusted(b.records);
  const reader = await signedIn(t, 'analyst');
  reader.purpose = JOURNAL_NO;
  await reader.ok('query($id: ID!) { person(id: $id) { id } }', { id: personId });
  browser = await launchBrowser();
  const opened = await openPage(browser, t.url);
  page = opened.page;
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => {
  await browser?.close();
  if (t && basisId) await t.graph.driver.executeQuery('MATCH (b:SharingBasis {id: $id}) DETACH DELETE b', { id: basisId });
  if (t) await removeWithPrefix(t.graph, P);
  await t?.close();
});

describe('admin pages in the browser', () => {
  it('an admin signs in and sees the admin pages in the navigation', async () => {
    await signInThroughUi(page, admin);
    await page.waitForURL(/#\/inbox/);
    // The inbox (an admin's home) reads flags, so it asks for the purpose first.
    await givePurpose(page);
    const nav = page.locator('header nav');
    for (const label of ['Regler', 'Revisionslog', 'Brugere', 'Delingsgrundlag']) {
      expect(await nav.getByRole('link', { name: label, exact: true }).count()).toBe(1);
    }
  });

  it('reads every rule with the reason for each default and its Cypher', async () => {
    await page.locator('header nav').getByRole('link', { name: 'Regler', exact: true }).click();
    await page.waitForURL(/#\/rules/);
    const churn = page.locator('[data-rule-id="address-churn"]');
    await churn.waitFor();
    expect(await page.locator('[data-rule-id]').count()).toBe(rulesBefore.length);
    const param = churnMinChanges(rulesBefore);
    expect(await churn.locator('tr[data-param="minChanges"] [data-testid="param-reason"]').textContent()).toBe(param.reason);
    expect(await churn.locator('.rule-head').textContent()).toMatch(
      /Mange adresseskift.*Many address changes.*Kontekst.*Politiet.*Vægt \d+/,
    );
    expect(await page.locator('[data-testid="policy"]').textContent()).toContain('mindst');
    await churn.locator('details.rule-cypher summary').click();
    const cypher = churn.locator('[data-testid="cypher-view"]');
    expect(await cypher.textContent()).toContain('$minChanges');
    expect(await cypher.locator('.cy-keyword').count()).toBeGreaterThan(3);
    expect(await page.locator('.notice-error').count()).toBe(0);
    await saveScreenshot(page, 'admin-rules');
  });

  it('changes a threshold, is stopped at its bound, back-tests it and cancels without saving', async () => {
    const param = churnMinChanges(rulesBefore);
    const current = Number(JSON.parse(param.value));
    const next = param.max !== null && current + 1 > param.max ? current - 1 : current + 1;
    await page.locator('[data-testid="edit-rules"]').click();
    const churn = page.locator('[data-rule-id="address-churn"]');
    const input = churn.locator('input[name="address-churn.minChanges"]');
    await input.fill(String((param.min ?? 1) - 1));
    expect(await churn.locator('.field-error').textContent()).toBe(`Skal være mindst ${param.min}.`);
    expect(await page.locator('[data-testid="backtest"]').isDisabled()).toBe(true);
    await input.fill(String(next));
    expect(await churn.locator('.field-error').count()).toBe(0);
    expect(await page.locator('[data-testid="changes"]').textContent()).toContain(`minChanges: ${current} → ${next}`);
    expect(await page.locator('[data-testid="save-rules"]').isDisabled()).toBe(true);

    await page.locator('[data-testid="backtest"]').click();
    const result = page.locator('[data-testid="backtest-result"]');
    await result.waitFor({ timeout: 90_000 });
    const number = async (id: string) => Number((await result.locator(`[data-testid="${id}"]`).textContent())?.match(/^\d+/)?.[0]);
    const [clusters, current2, would] = [await number('bt-clusters'), await number('bt-current'), await number('bt-would')];
    expect(Number.isInteger(clusters) && Number.isInteger(current2) && Number.isInteger(would)).toBe(true);
    expect(would).toBeLessThanOrEqual(clusters);
    for (const link of await result.locator('a').all()) expect(await link.getAttribute('href')).toMatch(/^#\/flags\//);
    expect(await page.locator('[data-testid="save-rules"]').isEnabled()).toBe(true);
    await saveScreenshot(page, 'admin-rules-backtest');
    await page.locator('[data-testid="rule-edit-panel"]').screenshot({ path: join(ARTIFACTS, 'admin-rules-backtest-panel.png') });

    // A change after the back-test makes it stale: Save waits for a new one.
    await input.fill(String(current));
    await result.locator('.notice-warn').waitFor();
    expect(await page.locator('[data-testid="save-rules"]').isDisabled()).toBe(true);

    await page.locator('[data-testid="cancel-edit"]').click();
    await page.locator('[data-testid="rule-edit-panel"]').waitFor({ state: 'detached' });
    expect(await churn.locator('tr[data-param="minChanges"] .param-value strong').textContent()).toBe(String(current));
    const after = (await api.ok<{ riskRules: Rule[] }>(RULES)).riskRules;
    expect(churnMinChanges(after).value).toBe(param.value);
  });

  it('finds its own sign-in and back-test in the audit log and verifies the chain', async () => {
    await page.locator('header nav').getByRole('link', { name: 'Revisionslog', exact: true }).click();
    await page.waitForURL(/#\/audit/);
    const search = async (operation: string) => {
      const form = page.locator('form.audit-search');
      await form.locator('input[name="actor"]').fill(admin.username);
      await form.locator('select[name="operation"]').selectOption(operation);
      await form.locator('button[type="submit"]').click();
      await page.waitForURL(new RegExp(`operation=${operation}`));
      const rows = page.locator(`tr[data-operation="${operation}"][data-actor="${admin.username}"]`);
      await rows.first().waitFor();
      return rows;
    };
    const signIns = await search('signIn');
    expect(await signIns.count()).toBe(1);
    expect(await page.locator('.notice-error').count()).toBe(0);
    expect(await signIns.first().getAttribute('data-outcome')).toBe('ok');
    expect(await signIns.first().textContent()).toMatch(/admin.*Login/);
    // who acted reads as the person's full name, the username beside it as secondary text, the role translated
    const who = signIns.first().locator('td').nth(2);
    expect(await who.locator('strong').textContent()).toBe('Birte Admin Testesen');
    expect(await who.locator('.muted').first().textContent()).toBe(admin.username);
    expect(await who.textContent()).toContain('Administrator');
    const previews = await search('previewRules');
    expect(await previews.count()).toBe(1);
    await previews.first().locator('details summary').click();
    expect(await previews.first().locator('details pre').textContent()).toContain('"minChanges"');

    // Other test files edit an entry and restore it at once (the verifier's own test), so a
    // broken chain is checked again after a moment before it counts.
    let intact = 'false';
    for (let attempt = 0; attempt < 3 && intact !== 'true'; attempt += 1) {
      if (attempt > 0) await page.waitForTimeout(2000);
      await page.locator('[data-testid="verify-chain"]').click();
      await page.locator('[data-testid="verify-chain"]:not([disabled])').waitFor();
      intact = (await page.locator('[data-testid="chain-result"]').getAttribute('data-intact')) ?? 'false';
    }
    expect(intact).toBe('true');
    expect(await page.locator('[data-testid="chain-result"]').textContent()).toMatch(/Kæden er intakt: \d+ poster kontrolleret/);
    await saveScreenshot(page, 'admin-audit');
  });

  it('makes a data-subject extract for a person chosen by name, printable and as CSV; a name that matches nobody makes none', async () => {
    const picker = page.locator('form[role="search"][aria-label="Find personen"]');
    await picker.locator('input[name="person-search"]').fill(`Ingen ${t.runId} Nogensinde`);
    await picker.locator('[data-testid="person-search"]').click();
    await page.locator('[data-testid="no-person-match"]').waitFor();
    expect(await page.locator('[data-testid="no-person-match"]').textContent()).toContain('Der laves intet udtræk');
    expect(await page.locator('[data-testid="access-report"]').count()).toBe(0);
    // By name: namesakes from other runs are told apart by birth date and id; the admin chooses this run's.
    await picker.locator('input[name="person-search"]').fill('Test ida');
    await picker.locator('[data-testid="person-search"]').click();
    await page.locator(`[data-testid="person-matches"] [data-person-id="${personId}"]`).click();
    const report = page.locator('[data-testid="access-report"]');
    await report.locator('table').waitFor();
    expect(await report.locator('h2').textContent()).toBe('Aktindsigt: Test ida, født 02.04.1985');
    const text = await report.locator('tbody').textContent();
    expect(text).toContain(JOURNAL_NO);
    expect(text).toContain('Personoplysninger');
    const [download] = await Promise.all([page.waitForEvent('download'), report.locator('[data-testid="access-csv"]').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('Dato,Tid,Formål,Hvad blev slået op,Udfald');
    expect(csv).toContain(`,${JOURNAL_NO},Personoplysninger,udført`);
    expect(csv).not.toContain(`${t.runId}-analyst`);
    // In print only the extract shows, without the staff member.
    await page.evaluate(() => document.body.classList.add('print-access-report'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.header-bar').isVisible()).toBe(false);
    expect(await page.locator('[data-testid="audit-entries"]').isVisible()).toBe(false);
    expect(await report.locator('th', { hasText: 'Medarbejder' }).isVisible()).toBe(false);
    await saveScreenshot(page, 'admin-access-report-print');
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => document.body.classList.remove('print-access-report'));
  });

  it('creates a user, with the password rules up front and errors by field', async () => {
    await page.locator('header nav').getByRole('link', { name: 'Brugere', exact: true }).click();
    await page.waitForURL(/#\/users/);
    // The list is filtered as the admin types (a shared database holds many users).
    await page.locator('input[name="filter"]').fill(admin.username);
    await page.locator(`[data-testid="users-table"] tr[data-username="${admin.username}"]`).waitFor();
    expect(await page.locator('[data-testid="users-table"] tbody tr').count()).toBe(1);
    expect(await page.locator('.notice-error').count()).toBe(0);
    const form = page.locator('form[aria-label="Opret bruger"]');
    expect(await form.locator('[data-testid="password-rules"]').textContent()).toContain('Mindst 12 tegn');
    await form.locator('[data-testid="create-user"]').click();
    const error = (field: string) => form.locator(`.field-error[data-field="${field}"]`);
    expect(await error('username').count()).toBe(1);
    expect(await error('password').count()).toBe(1);
    expect(await error('role').count()).toBe(1);
    const username = `${P}ny.koordinator`;
    await form.locator('input[name="username"]').fill(username);
    await form.locator('input[name="password"]').fill(`${username}-Aa1!`);
    await form.locator('select[name="role"]').selectOption('coordinator');
    await form.locator('[data-testid="create-user"]').click();
    expect(await form.locator('[data-testid="password-rules"] li[data-kept="false"]').textContent()).toContain('brugernavnet');
    expect(await error('districtCode').textContent()).toBe('Skal udfyldes for denne rolle.');
    await form.locator('input[name="password"]').fill('Sikker-Adgang-2026');
    await form.locator('select[name="districtCode"]').selectOption('NJY');
    await form.locator('[data-testid="create-user"]').click();
    await page.locator('[data-testid="user-created"]').waitFor();
    await page.locator('input[name="filter"]').fill(`${P}ny`);
    const row = page.locator(`[data-testid="users-table"] tr[data-username="${username}"]`);
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Koordinator.*Nordjylland/);
    // The server checks too: the same username again is refused at the username field.
    await form.locator('input[name="username"]').fill(username);
    await form.locator('input[name="password"]').fill('Sikker-Adgang-2026');
    await form.locator('select[name="role"]').selectOption('analyst');
    await form.locator('[data-testid="create-user"]').click();
    // …in the page's language (Accept-Language): the reason reads as Danish under the Danish UI
    await expect.poll(() => error('username').textContent()).toBe('Afvist af serveren: er allerede i brug');
    await page.screenshot({ path: join(ARTIFACTS, 'admin-users.png') });
    await page.locator('[data-testid="language-toggle"]').first().click();
    const english = page.locator('form[aria-label="Create user"]');
    await english.locator('[data-testid="create-user"]').click();
    await expect
      .poll(() => english.locator('.field-error[data-field="username"]').textContent())
      .toBe('Refused by the server: is already taken');
    await page.screenshot({ path: join(ARTIFACTS, 'admin-users-en.png') });
    await page.locator('[data-testid="language-toggle"]').first().click();
  });

  it('changes a user: full name, district, deactivation and a temporary password, each confirmed', async () => {
    const username = `${P}ny.koordinator`;
    const dialogs: string[] = [];
    const accept = (d: import('playwright-core').Dialog) => {
      dialogs.push(d.message());
      void d.accept();
    };
    page.on('dialog', accept);
    try {
      // find the user by name first (the list shows a district's first page; the language switches
      // of the test before reload the list, which can take a moment on a busy machine)
      await page.locator('input[name="filter"]').fill(`${P}ny`);
      const row = page.locator(`[data-testid="users-table"] tr[data-username="${username}"]`);
      await row.waitFor();
      await row.locator('[data-testid="edit-user-open"]').click();
      const panel = page.locator('[data-testid="edit-user"]');
      await panel.locator('input[name="fullName"]').fill('Kirsten Holm');
      await panel.locator('input[name="title"]').fill('Politiassistent');
      // A name longer than the API takes is refused beside the field, before anything is sent.
      await panel.locator('input[name="title"]').fill('x'.repeat(121));
      await panel.locator('[data-testid="save-user"]').click();
      expect(await panel.locator('.field-error[data-field="title"]').textContent()).toBe('Højst 120 tegn.');
      await panel.locator('input[name="title"]').fill('Politiassistent');
      await panel.locator('select[name="districtCode"]').selectOption('KBH');
      await panel.locator('[data-testid="save-user"]').click();
      // The list is read again after the save; the note of what was done stays after it arrives.
      await row.locator('th', { hasText: 'Kirsten Holm' }).waitFor();
      expect(await panel.locator('[data-testid="user-done"]').isVisible()).toBe(true);
      expect(dialogs.pop()).toContain('logges ud');
      expect(await row.textContent()).toMatch(/Kirsten Holm.*Politiassistent.*Københavns Politi/);

      await panel.locator('[data-testid="deactivate-user"]').click();
      await panel.locator('[data-testid="reactivate-user"]').waitFor();
      expect(dialogs.pop()).toContain('Deaktivere');
      expect(await row.textContent()).toContain('Deaktiveret');

      await panel.locator('[data-testid="reset-password"]').click();
      const temporary = panel.locator('[data-testid="temporary-password"] code');
      await temporary.waitFor();
      expect(await temporary.textContent()).toMatch(/^Tmp-/);
      await saveScreenshot(page, 'admin-user-edit');
      const users = await api.ok<{ users: { username: string; fullName: string; districtCode: string; disabled: boolean }[] }>(
        '{ users { username fullName districtCode disabled } }',
      );
      expect(users.users.find((u) => u.username === username)).toEqual({
        username,
        fullName: 'Kirsten Holm',
        districtCode: 'KBH',
        disabled: true,
      });
    } finally {
      page.off('dialog', accept);
    }
  });

  it('shows the sharing bases by date and explains that a basis is shown where it is relied on', async () => {
    await page.locator('header nav').getByRole('link', { name: 'Delingsgrundlag', exact: true }).click();
    await page.waitForURL(/#\/sharing/);
    expect(await page.locator('[data-testid="sharing-shown"]').textContent()).toContain('vises på hver visning');
    for (const status of ['in-force', 'future', 'expired']) await page.locator(`[data-testid="bases-${status}"]`).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.notice-error').count()).toBe(0);
    // Checked before anything is sent (nothing is created here: a basis would share data for other tests).
    const form = page.locator('form[aria-label="Opret delingsgrundlag"]');
    await form.locator('[data-testid="create-basis"]').click();
    expect(await form.locator('.field-error[data-field="legalBasis"]').textContent()).toBe('Skal udfyldes.');
    expect(await form.locator('.field-error[data-field="purpose"]').textContent()).toBe('Skal udfyldes.');
    expect(await form.locator('.field-error[data-field="toOrg"]').count()).toBe(1);
    expect(await form.locator('.field-error[data-field="validUntil"]').count()).toBe(1);
    await form.locator('select[name="fromSource"]').selectOption('municipality:851');
    const recipients = await form.locator('select[name="toOrg"] option').allTextContents();
    expect(recipients).toContain('Politiet (alle kredse)');
    expect(recipients.some((r) => r.startsWith('Kommune'))).toBe(false);
    await saveScreenshot(page, 'admin-sharing');
    expect(errors).toEqual([]);
  });

  it('ends a sharing basis early with a required reason', async () => {
    // A basis of this run that starts in 2090: it shares nothing with any other test, before or after.
    const created = await api.ok<{ createSharingBasis: { id: string } }>(
      'mutation($i: SharingBasisInput!) { createSharingBasis(input: $i) { id } }',
      {
        i: {
          legalBasis: `${P} Serviceloven § 49 b`,
          purpose: 'Tidlig forebyggende indsats',
          fromSource: 'police',
          toOrg: 'municipality:851',
          validFrom: '2090-01-01',
          validUntil: '2091-01-01',
        },
      },
    );
    basisId = created.createSharingBasis.id;
    await page.reload();
    const row = page.locator(`[data-testid="bases-future"] tr[data-basis-id="${basisId}"]`);
    await row.locator('[data-testid="end-basis"]').click();
    const form = page.locator('[data-testid="end-basis-form"]');
    await form.locator('[data-testid="end-basis-submit"]').click();
    expect(await form.locator('.field-error[data-field="reason"]').textContent()).toBe('Skriv en begrundelse.');
    await form.locator('textarea[name="reason"]').fill('Aftalen med kommunen er opsagt');
    page.once('dialog', (d) => void d.accept());
    await form.locator('[data-testid="end-basis-submit"]').click();
    await page.locator('[data-testid="basis-ended"]').waitFor();
    const ended = page.locator(`[data-testid="bases-expired"] tr[data-basis-id="${basisId}"]`);
    await page.locator('[data-testid="bases-expired"] summary').click();
    expect(await ended.locator('[data-testid="end-reason"]').textContent()).toContain('Aftalen med kommunen er opsagt');
    await saveScreenshot(page, 'admin-sharing-ended');
  });

  it('an analyst reads the rules but sees no admin page', async () => {
    const opened = await openPage(browser, t.url);
    const other = opened.page;
    await signInThroughUi(other, analyst);
    await other.waitForURL(/#\/explorer/);
    const nav = other.locator('header nav');
    expect(await nav.getByRole('link', { name: 'Regler', exact: true }).count()).toBe(1);
    for (const label of ['Revisionslog', 'Brugere', 'Delingsgrundlag']) {
      expect(await nav.getByRole('link', { name: label, exact: true }).count()).toBe(0);
    }
    await other.goto('/#/rules');
    await other.locator('[data-rule-id="address-churn"]').waitFor();
    expect(await other.locator('[data-testid="edit-rules"]').count()).toBe(0);
    expect(await other.locator('[data-testid="operations"]').count()).toBe(0);
    // Danish by default, English on request.
    await other.locator('header').getByRole('button', { name: 'English' }).click();
    await other.locator('h1', { hasText: 'Rules' }).waitFor();
    expect(await other.locator('[data-rule-id="address-churn"] thead').textContent()).toContain('Reason for the default');
    await other.locator('header').getByRole('button', { name: 'Dansk' }).click();
    await other.goto('/#/audit');
    await other.getByText('Din rolle giver ikke adgang til denne side.').waitFor();
    expect(opened.errors).toEqual([]);
  });
});
