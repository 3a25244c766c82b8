import { chromium } from 'playwright-core';
// @ts-expect-error plain .mjs module shared with the scripts
import { CHROMIUM_ARGS, findChromium } from '../scripts/ensure-chromium.mjs';

interface Target {
  name: string;
  personId: string;
  asOf: string;
  depth: number;
}

/**
 * Time from navigation to the genogram drawn (the explorer's Cytoscape instance holds the family's
 * persons), in Debian's Chromium, signed in through the real sign-in page. Median of three.
 */
export async function measureClient(
  baseUrl: string,
  username: string,
  password: string,
  targets: Target[],
): Promise<{ name: string; persons: number; firstRenderMs: number }[]> {
  const browser = await chromium.launch({
    executablePath: (findChromium() as string | undefined) ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS as string[],
  });
  try {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1600, height: 1100 } });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel(/brugernavn|username/i).fill(username);
    await page.getByLabel(/adgangskode|password/i).fill(password);
    await page.getByRole('button', { name: /log ind|sign in/i }).click();
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => sessionStorage.setItem('opspor.purpose', 'Socialsøg-screening'));
    const out: { name: string; persons: number; firstRenderMs: number }[] = [];
    for (const target of targets) {
      const times: number[] = [];
      let persons = 0;
      for (let i = 0; i < 3; i += 1) {
        await page.goto('/#/');
        const started = Date.now();
        await page.goto(`/#/explorer?person=${encodeURIComponent(target.personId)}&asOf=${target.asOf}&depth=${target.depth}`);
        await page.waitForFunction(
          () => {
            const cy = (window as unknown as { __opsporCy?: { nodes(sel: string): { length: number } } }).__opsporCy;
            return cy !== undefined && cy.nodes('[kind = "person"]').length > 0;
          },
          undefined,
          { timeout: 60_000 },
        );
        times.push(Date.now() - started);
        persons = await page.evaluate(
          () =>
            (window as unknown as { __opsporCy: { nodes(sel: string): { length: number } } }).__opsporCy.nodes('[kind = "person"]').length,
        );
      }
      times.sort((a, b) => a - b);
      out.push({ name: target.name, persons, firstRenderMs: times[1]! });
    }
    return out;
  } finally {
    await browser.close();
  }
}
