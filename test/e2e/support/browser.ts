// Debian's Chromium through playwright-core (never a downloaded browser).
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error plain .mjs module shared with the scripts
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/ensure-chromium.mjs';

export const ARTIFACTS = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'artifacts');

export async function launchBrowser(): Promise<Browser> {
  const executablePath = (findChromium() as string | undefined) ?? '/usr/bin/chromium';
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS as string[] });
}

export interface OpenedPage {
  page: Page;
  /** console errors and uncaught page errors seen so far: a test can assert there were none */
  errors: string[];
}

/** A fresh context (own cookies and sessionStorage) with a desktop-sized window. */
export async function openPage(browser: Browser, baseUrl: string, path = '/'): Promise<OpenedPage> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1600, height: 1100 }, locale: 'da-DK' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path);
  return { page, errors };
}

/** Saves a full-page screenshot to artifacts/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
