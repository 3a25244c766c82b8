// An admin signed in on a fresh page, for the saved-query pages (editor, API keys), and the cleanup
// of what such a test leaves: its saved queries and API keys (names start with the run id) and data.
import type { Browser, Page } from 'playwright-core';
import type { TestApp } from '../../support/app.js';
import { readTest, removeWithPrefix } from '../../support/data.js';
import { launchBrowser, openPage } from './browser.js';
import { startServerWithClient } from './server.js';
import { createUiUser, signInThroughUi } from './ui.js';

export interface AdminSession {
  t: TestApp;
  browser: Browser;
  page: Page;
  /** console errors and uncaught page errors seen so far */
  errors: string[];
}

export async function startAdminSession(): Promise<AdminSession> {
  const t = await startServerWithClient();
  const browser = await launchBrowser();
  const { page, errors } = await openPage(browser, t.url, '/');
  await signInThroughUi(page, await createUiUser(t, 'admin'));
  return { t, browser, page, errors };
}

export async function endAdminSession(session: Partial<AdminSession>): Promise<void> {
  await session.browser?.close();
  const { t } = session;
  if (!t) return;
  await readTest(t.graph, 'queries-remove', { prefix: `${t.runId}-` });
  await removeWithPrefix(t.graph, `${t.runId}-`);
  await t.close();
}
