// Steps through the UI that most browser tests begin with.
import './cy-hook.js';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { AuthService } from '../../../server/src/auth/auth.service.js';
import type { Role } from '../../../server/src/auth/roles.js';
import { TEST_PASSWORD, type TestApp } from '../../support/app.js';

export interface UiUser {
  username: string;
  password: string;
}

/** A user of this run, created directly through the AuthService. */
export async function createUiUser(
  t: TestApp,
  role: Role,
  extra: { districtCode?: string | null; fullName?: string | null } = {},
): Promise<UiUser> {
  const username = `${t.runId}-ui-${role}-${randomUUID().slice(0, 6)}`.toLowerCase();
  await t.app.get(AuthService).createUser({
    username,
    password: TEST_PASSWORD,
    role,
    districtCode: extra.districtCode ?? (role === 'coordinator' ? 'NJY' : null),
    municipalityCode: null,
    fullName: extra.fullName ?? null,
  });
  return { username, password: TEST_PASSWORD };
}

/** Signs in on the sign-in page and waits for the header bar. */
export async function signInThroughUi(page: Page, user: UiUser): Promise<void> {
  await page.locator('input[name="username"]').fill(user.username);
  await page.locator('input[name="password"]').fill(user.password);
  await page.locator('form[aria-label] button[type="submit"]').click();
  await page.locator('header.header-bar').waitFor();
}

/** Answers the purpose dialog (which opens on the first person read) with a reason or a journal number. */
export async function givePurpose(page: Page, purpose = 'Socialsøg-screening'): Promise<void> {
  const dialog = page.locator('dialog.purpose-dialog');
  await dialog.waitFor();
  if (/^\d{4}-\d{5}-\d{5}-\d{2}$/.test(purpose)) {
    await dialog.locator('input[name="purpose-journal"]').fill(purpose);
  } else {
    await dialog.locator('select[name="purpose-reason"]').selectOption(purpose);
  }
  await dialog.locator('button[type="submit"]').click();
  await dialog.waitFor({ state: 'detached' });
}

/** Searches on the explorer page and opens the hit with this person id. */
export async function openFamily(page: Page, searchText: string, personId: string, purpose?: string): Promise<void> {
  await page.locator('input[name="search"]').fill(searchText);
  await page.locator('form[role="search"] button[type="submit"]').click();
  if (purpose !== undefined) await givePurpose(page, purpose);
  await page.locator(`button.search-hit[data-person-id="${personId}"]`).click();
}

/** Waits until the explorer's Cytoscape instance (window.__opsporCy, a test hook) shows `personId`. */
export async function waitForGenogram(page: Page, personId: string): Promise<void> {
  await page.waitForFunction((id) => Boolean(window.__opsporCy && window.__opsporCy.getElementById(id).nonempty()), personId);
}
