import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.js';
import { endAdminSession, startAdminSession, type AdminSession } from './support/admin-session.js';
import { saveScreenshot } from './support/browser.js';

// The admin issues an API key for an organisation (issue 15.5): the kind, then the district or
// municipality by name; the query list offers only queries that admit that kind.
let session: Partial<AdminSession> = {};
let t: TestApp;
let page: Page;
let errors: string[];

beforeAll(async () => {
  session = await startAdminSession();
  ({ t, page, errors } = session as AdminSession);
});

afterAll(() => endAdminSession(session));

describe('API keys for an organisation', () => {
  it('issues a key for a municipality, offering only the queries that admit one, and lists it by name in Danish and English', async () => {
    // A fresh load: the landing page's purpose dialog would stay open over a hash change.
    await page.goto('/#/queries?keys=1');
    await page.reload();
    const panel = page.locator('section.api-keys');
    await panel.waitFor();
    const queriesSelect = panel.locator('select[multiple]');
    // A police district's key: cases-by-category admits one, the family of a person (national only) does not.
    await expect.poll(() => queriesSelect.locator('option[value="cases-by-category"]').count()).toBe(1);
    expect(await queriesSelect.locator('option[value="family-of-person"]').count()).toBe(0);

    await panel.locator('[data-testid="api-key-org-kind"]').selectOption('municipality');
    await panel.locator('[data-testid="api-key-org"]').selectOption('825');
    const offered = await queriesSelect.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toContain('households-most-adults');
    expect(offered).not.toContain('cases-by-category');

    await panel.locator('input[maxlength="100"]').fill(`${t.runId}-læsø`);
    await queriesSelect.selectOption(['households-most-adults']);
    await panel.locator('button[type="submit"]').click();
    await page.locator('[data-testid="new-api-key"]').waitFor();
    const row = panel.locator('tr', { hasText: `${t.runId}-læsø` });
    await expect.poll(() => row.textContent()).toContain('Læsø Kommune');
    await saveScreenshot(page, 'api-keys-da');

    await page.locator('[data-testid="language-toggle"]').first().click();
    await expect.poll(() => row.textContent()).toContain('Læsø Municipality');
    expect(await panel.textContent()).toContain('Issued to');
    await saveScreenshot(page, 'api-keys-en');
    await page.locator('[data-testid="language-toggle"]').first().click();
    expect(errors).toEqual([]);
  });

  it('shows the API’s refusal beside the field it names, and the form’s own checks before sending', async () => {
    const panel = page.locator('section.api-keys');
    const form = panel.locator('form.api-key-form');
    const error = (field: string) => form.locator(`.field-error[data-field="${field}"]`);
    // The form's own check (the shared zod schema): a purpose must be a configured reason or a journal number.
    await form.locator('input[maxlength="100"]').fill('');
    await form.locator('input[list="api-key-purposes"]').fill('nysgerrighed');
    await form.locator('button[type="submit"]').click();
    await error('purpose').waitFor();
    expect(await error('name').textContent()).toBe('Navn skal udfyldes.');
    // The reasons offered are the server's configuration, read through the API.
    const offered = await form.locator('#api-key-purposes option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered).toContain('Socialsøg-screening');
    await form.locator('input[list="api-key-purposes"]').fill('5100-80120-00042-26');
    await form.locator('input[maxlength="100"]').fill(`${t.runId}-udløbet`);
    await form.locator('[data-testid="api-key-org-kind"]').selectOption('municipality');
    await form.locator('[data-testid="api-key-org"]').selectOption('825');
    await form.locator('select[multiple]').selectOption(['households-most-adults']);
    // Only the API knows the key must expire in the future: its refusal names expiresAt and stands there.
    await form.locator('input[name="expiresAt"]').fill('2020-01-01');
    expect(await error('purpose').count()).toBe(0);
    await form.locator('button[type="submit"]').click();
    await error('expiresAt').waitFor();
    expect(await error('expiresAt').textContent()).toBe('Afvist af serveren: skal ligge i fremtiden');
    expect(await form.locator('input[name="expiresAt"]').getAttribute('aria-invalid')).toBe('true');
    expect(await panel.locator('.notice-error').count()).toBe(0);
    await saveScreenshot(page, 'api-keys-field-error-da');
    await page.locator('[data-testid="language-toggle"]').first().click();
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => error('expiresAt').textContent()).toBe('Refused by the server: must be in the future');
    await saveScreenshot(page, 'api-keys-field-error-en');
    await page.locator('[data-testid="language-toggle"]').first().click();
    expect(errors).toEqual([]);
  });

  it('asks for a purpose from the configured reasons or a journal number, and explains a wrong one (Danish and English)', async () => {
    const dialog = page.locator('dialog.purpose-dialog');
    const wrongJournal = async (name: string) => {
      await page.locator('[data-testid="purpose"] button').click();
      await dialog.waitFor();
      const offered = await dialog.locator('select[name="purpose-reason"] option').evaluateAll((os) => os.map((o) => o.textContent));
      expect(offered).toContain('Opfølgning på underretning');
      await dialog.locator('input[name="purpose-journal"]').fill('5100-801');
      await dialog.locator('button[type="submit"]').click();
      await dialog.locator('.notice-error').waitFor();
      expect(await dialog.locator('input[name="purpose-journal"]').getAttribute('aria-invalid')).toBe('true');
      await saveScreenshot(page, name);
      return (await dialog.locator('.notice-error').textContent()) ?? '';
    };
    expect(await wrongJournal('purpose-dialog-invalid-da')).toContain('journalnummer');
    await dialog.locator('button.secondary').click();
    await page.locator('[data-testid="language-toggle"]').first().click();
    expect(await wrongJournal('purpose-dialog-invalid-en')).toContain('journal number');
    await dialog.locator('input[name="purpose-journal"]').fill('5100-80120-00042-26');
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('header.header-bar').textContent()).toContain('5100-80120-00042-26');
    await page.locator('[data-testid="language-toggle"]').first().click();
    expect(errors).toEqual([]);
  });
});
