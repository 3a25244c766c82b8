import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/app.js';
import { endAdminSession, startAdminSession, type AdminSession } from './support/admin-session.js';
import { saveScreenshot } from './support/browser.js';

// The saved-query editor (issue 16.6): the form's own rule before anything is sent, the server's
// EXPLAIN verdict as the admin types, and the server's refusal of a save beside the source.
let session: Partial<AdminSession> = {};
let t: TestApp;
let page: Page;
let errors: string[];
const sent: string[] = [];

const source = (name: string, extra: string[] = []) =>
  [
    `// name: ${name}`,
    '// title.da: Antal personer',
    '// title.en: Number of persons',
    '// description.da: Tæller personerne i registret.',
    '// description.en: Counts the persons in the register.',
    ...extra,
    'MATCH (p:Person) RETURN count(p) AS persons',
  ].join('\n');

beforeAll(async () => {
  session = await startAdminSession();
  ({ t, page, errors } = session as AdminSession);
  // every operation the page sends, by name (CheckSavedQuery, SaveSavedQuery…)
  page.on('request', (r) => {
    const name = /^\s*(?:query|mutation)\s+(\w+)/.exec((JSON.parse(r.postData() ?? '{}') as { query?: string }).query ?? '')?.[1];
    if (r.url().endsWith('/graphql') && name) sent.push(name);
  });
});

afterAll(() => endAdminSession(session));

describe('the saved-query editor', () => {
  const editor = () => page.locator('[data-testid="cypher-editor"]');
  const sourceError = () => page.locator('[data-testid="source-error"][data-field="source"][role="alert"]');
  const verdict = () => page.locator('[data-testid="verdict"]');
  const saveButton = () => page.locator('[data-testid="save-query"]');

  it('refuses an empty source beside the editor without asking the server', async () => {
    await page.goto('/#/queries?new=1');
    await page.reload();
    await editor().waitFor();
    await page.locator('[data-testid="verdict"][data-ok="true"]').waitFor(); // the template, checked
    const before = sent.length;
    await editor().fill('   ');
    expect(await sourceError().textContent()).toBe('Skriv forespørgslen: hovedet og Cypher.');
    expect(await editor().getAttribute('aria-invalid')).toBe('true');
    // longer than the editor's check delay: nothing is sent for a text the form refuses
    await page.waitForTimeout(1500);
    expect(sent.slice(before).filter((n) => n === 'CheckSavedQuery')).toEqual([]);
    expect(await verdict().textContent()).toContain('Ikke tjekket endnu.');
    expect(await saveButton().isDisabled()).toBe(true);
    await page.locator('[data-testid="language-toggle"]').click();
    await sourceError().filter({ hasText: 'Write the query: the header and the Cypher.' }).waitFor();
    await saveScreenshot(page, 'query-editor-empty-en');
    await page.locator('[data-testid="language-toggle"]').click();
    await sourceError().filter({ hasText: 'Skriv forespørgslen' }).waitFor();
    await saveScreenshot(page, 'query-editor-empty-da');
  });

  it('puts the server’s refusal of a save beside the source: a taken name, then an invalid header', async () => {
    // The verdict is fine (the text is valid), but the name belongs to a shipped query.
    await editor().fill(source('family-of-person'));
    expect(await sourceError().count()).toBe(0);
    await page.locator('[data-testid="verdict"][data-ok="true"]').waitFor();
    await saveButton().click();
    await sourceError().filter({ hasText: 'Afvist af serveren:' }).waitFor();
    // the API's reason (in whichever language it answers) names the query that has the name
    expect(await sourceError().locator('li').textContent()).toContain('"family-of-person"');
    expect(await page.locator('.query-editor .notice-error[data-error-code]').count()).toBe(0);
    await saveScreenshot(page, 'query-editor-refused-da');
    await page.locator('[data-testid="language-toggle"]').click();
    await sourceError().filter({ hasText: 'Refused by the server:' }).waitFor();
    await saveScreenshot(page, 'query-editor-refused-en');
    await page.locator('[data-testid="language-toggle"]').click();

    // Editing the text clears the refusal. The text is then sent as a client without the verdict
    // would send it (its English title dropped on the way): the real API refuses with its reason.
    const name = `${t.runId}-editor`;
    await editor().fill(source(name));
    expect(await sourceError().count()).toBe(0);
    await page.locator('[data-testid="verdict"][data-ok="true"]').waitFor();
    await page.route('**/graphql', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { query?: string; variables?: { source?: string } };
      if (!/^\s*mutation SaveSavedQuery\b/.test(body.query ?? '') || !body.variables?.source) return route.continue();
      body.variables.source = body.variables.source.replace(/^\/\/ title\.en: .*\n/m, '');
      return route.continue({ postData: JSON.stringify(body) });
    });
    await saveButton().click();
    await sourceError().filter({ hasText: 'title.en' }).waitFor();
    expect(await sourceError().locator('li').first().textContent()).toMatch(/title\.en/);
    await page.unroute('**/graphql');

    // The untouched text saves: the page shows the new query.
    await editor().fill(`${source(name)}\n`);
    await page.locator('[data-testid="verdict"][data-ok="true"]').waitFor();
    await saveButton().click();
    await page.locator('[data-testid="saved-query"]').getByRole('heading', { name: 'Antal personer' }).waitFor();
    expect(sent.filter((n) => n === 'SaveSavedQuery')).toHaveLength(3);
    expect(errors).toEqual([]);
  });
});
