import { chromium } from 'playwright-core';
// @ts-expect-error plain .mjs module shared with the scripts
import { CHROMIUM_ARGS, findChromium } from '../scripts/ensure-chromium.mjs';

interface Target {
  name: string;
  personId: string;
  asOf: string;
  depth: number;
}

export interface ClientFigure {
  name: string;
  /** persons drawn at first (a large family is drawn ring by ring: the closest relatives first) */
  persons: number;
  /** persons in the family read */
  familyPersons: number;
  firstRenderMs: number;
  /** from "show all" to every person and household drawn, when the first drawing held only some */
  allRenderMs?: number;
}

type Cy = { nodes(sel: string): { length: number }; data(key: string): unknown };

/**
 * Time from navigation to the genogram drawn — persons and household bubbles (the explorer's
 * Cytoscape instance holds the persons and `households` is set once the bubbles are drawn), in
 * Debian's Chromium, signed in through the real sign-in page. Median of three.
 */
export async function measureClient(baseUrl: string, username: string, password: string, targets: Target[]): Promise<ClientFigure[]> {
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
    // Drawn: persons on the canvas and the household bubbles made (`households` is set after them).
    const drawn = (persons = 0) =>
      page.waitForFunction(
        (min) => {
          const cy = (window as unknown as { __opsporCy?: Cy }).__opsporCy;
          return cy !== undefined && cy.nodes('[kind = "person"]').length > min && Array.isArray(cy.data('households'));
        },
        persons,
        { timeout: 60_000 },
      );
    const out: ClientFigure[] = [];
    for (const target of targets) {
      const first: number[] = [];
      const all: number[] = [];
      let persons = 0;
      let familyPersons = 0;
      for (let i = 0; i < 3; i += 1) {
        await page.goto('/#/');
        // the previous drawing must be gone, or it would be measured
        await page.waitForFunction(() => (window as unknown as { __opsporCy?: Cy }).__opsporCy === undefined);
        const started = Date.now();
        await page.goto(`/#/explorer?person=${encodeURIComponent(target.personId)}&asOf=${target.asOf}&depth=${target.depth}`);
        await drawn();
        first.push(Date.now() - started);
        persons = await page.evaluate(() => (window as unknown as { __opsporCy: Cy }).__opsporCy.nodes('[kind = "person"]').length);
        familyPersons = persons;
        const more = page.locator('[data-testid="show-all"], [data-testid="show-more"]').first();
        if (await more.count()) {
          const showAll = page.locator('[data-testid="show-all"]');
          const button = (await showAll.count()) ? showAll : more;
          const t0 = Date.now();
          await button.click();
          await drawn(persons);
          all.push(Date.now() - t0);
          familyPersons = await page.evaluate(() => (window as unknown as { __opsporCy: Cy }).__opsporCy.nodes('[kind = "person"]').length);
        }
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      out.push({
        name: target.name,
        persons,
        familyPersons,
        firstRenderMs: median(first),
        ...(all.length ? { allRenderMs: median(all) } : {}),
      });
    }
    return out;
  } finally {
    await browser.close();
  }
}
