import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CROWDED, CROWDED_AS_OF, crowdedHouseholdRecords } from '../../seed/src/fixtures/crowded-household.js';
import { FAMILIEN_X, FAMILIEN_X_AS_OF, FAMILIEN_X_DECEASED_SON_DEATH, familienXRecords } from '../../seed/src/fixtures/familien-x.js';
import { IngestService } from '../../server/src/ingest/ingest.service.js';
import type { IngestRecord } from '../../server/src/ingest/records.js';
import { recheckAt } from '../support/flags.js';
import type { TestApp } from '../support/app.js';
import { removeWithPrefix } from '../support/data.js';
import { flaggedFamily, raiseFlag } from '../integration/review.fixtures.js';
import { ARTIFACTS, launchBrowser, openPage, saveScreenshot } from './support/browser.js';
import { startServerWithClient } from './support/server.js';
import { createUiUser, givePurpose, signInThroughUi, waitForGenogram } from './support/ui.js';

// Issue 17 in the browser: everyone who lives with the child is in the adults table, the
// household list and the drawing; the family's timeline moves the date; the pages pass axe;
// the exported PNG holds the household bubbles and the legend.
const X = FAMILIEN_X;
let t: TestApp;
let browser: Browser;
let page: Page;
let errors: string[];
let P: string;
let flags: { name: string; id: string; addressId: string }[];

beforeAll(async () => {
  t = await startServerWithClient();
  P = `${t.runId}-hh-`;
  // Demo fixtures (fixed ids, upserted idempotently, shared: never removed here) and one family of this run.
  await t.app.get(IngestService).writer.writeTrusted([...familienXRecords(), ...crowdedHouseholdRecords()]);
  const crowded = await recheckAt(t, [CROWDED.child], CROWDED_AS_OF);
  const familienX = await recheckAt(t, [X.son], FAMILIEN_X_AS_OF);
  const flagAt = (result: typeof crowded, addressId: string) => {
    const id = result.hits.find((h) => h.evaluation.cluster.addressId === addressId)?.flagId;
    expect(id, `a flag at ${addressId}`).toBeTruthy();
    return id!;
  };
  const own = flaggedFamily(P);
  flags = [
    { name: 'crowded', id: flagAt(crowded, CROWDED.home), addressId: CROWDED.home },
    { name: 'familien-x', id: flagAt(familienX, X.fatherHome), addressId: X.fatherHome },
    { name: 'own', id: await raiseFlag(t, own), addressId: own.id('hjem') },
  ];
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, t.url));
  await signInThroughUi(page, await createUiUser(t, 'coordinator', { districtCode: 'NJY' }));
  await page.waitForURL(/#\/inbox/);
});
afterAll(async () => {
  await browser?.close();
  if (t) await removeWithPrefix(t.graph, P);
  await t?.close();
});

const sorted = (ids: Iterable<string>) => [...ids].sort();

async function axeSerious(p: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: p }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

describe('the same persons in the table, the household list and the drawing', () => {
  it('holds for three flags, the crowded household included', async () => {
    for (const [i, flag] of flags.entries()) {
      await page.goto(`${t.url}/#/flags/${encodeURIComponent(flag.id)}`);
      if (i === 0) await givePurpose(page);
      const adults = page.locator('[data-testid="adults"] tr[data-person-id]');
      await adults.first().waitFor();
      const living = await page.evaluate(() => [
        ...[...document.querySelectorAll('[data-testid="children"] [data-person-id]')].map((e) => e.getAttribute('data-person-id')!),
        ...[...document.querySelectorAll('[data-testid="adults"] tr[data-person-id]')]
          .filter((row) => row.querySelector('.lives-here'))
          .map((e) => e.getAttribute('data-person-id')!),
      ]);
      const listed = page.locator(`[data-testid="cluster-genogram"] li[data-household="${flag.addressId}"] [data-person-id]`);
      await listed.first().waitFor();
      const listedIds = await listed.evaluateAll((els) => els.map((e) => e.getAttribute('data-person-id')!));
      await page.waitForFunction(
        (id) => (window.__opsporCy?.data('households') as { id: string }[] | undefined)?.some((h) => h.id === id),
        flag.addressId,
      );
      const drawn = await page.evaluate((id) => {
        const cy = window.__opsporCy!;
        const household = (cy.data('households') as { id: string; memberIds: string[] }[]).find((h) => h.id === id)!;
        return household.memberIds.filter((m) => cy.getElementById(m).nonempty());
      }, flag.addressId);
      expect(sorted(listedIds), flag.name).toEqual(sorted(living));
      expect(sorted(drawn), flag.name).toEqual(sorted(living));
      if (flag.name === 'crowded') {
        expect(living).toEqual(expect.arrayContaining([CROWDED.mother, CROWDED.child, ...CROWDED.lodgers]));
        // The lodgers are drawn in the co-resident style.
        const styles = await page.evaluate(
          (ids) => ids.map((id) => window.__opsporCy!.getElementById(id).hasClass('coresident')),
          [...CROWDED.lodgers],
        );
        expect(styles).toEqual(CROWDED.lodgers.map(() => true));
        // The crowded-household signal names each adult.
        const names = await page
          .locator('[data-rule-id="crowded-household"] table[data-evidence="co-resident"] tbody tr')
          .allTextContents();
        expect(names.length).toBeGreaterThanOrEqual(3);
        await page.waitForTimeout(300);
        await saveScreenshot(page, 'cluster-crowded-da');
        await page.locator('[data-testid="language-toggle"]').first().click();
        await page.locator('[data-testid="adults"] h2', { hasText: /adults/i }).waitFor();
        await page.waitForTimeout(300);
        await saveScreenshot(page, 'cluster-crowded-en');
        await page.locator('[data-testid="language-toggle"]').first().click();
      }
    }
  });
});

describe('axe-core on explorer, cluster and inbox', () => {
  it('finds no serious or critical violation', async () => {
    await page.goto(`${t.url}/#/inbox`);
    await page.locator('table').first().waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await page.goto(`${t.url}/#/flags/${encodeURIComponent(flags[0]!.id)}`);
    await page.locator('[data-testid="cluster-genogram"] li[data-household]').first().waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await page.goto(`${t.url}/#/explorer?person=${X.father}&asOf=${FAMILIEN_X_AS_OF}`);
    await waitForGenogram(page, X.father);
    await page.locator('[data-testid="timeline"] li').first().waitFor();
    expect(await axeSerious(page)).toEqual([]);
  });
});

describe('explorer: timeline, date control, keyboard, list view, export', () => {
  it("shows the deceased son's death and the father's marriage; clicking an event moves the date", async () => {
    await page.goto(`${t.url}/#/explorer?person=${X.father}&asOf=${FAMILIEN_X_AS_OF}`);
    await waitForGenogram(page, X.father);
    const death = page.locator(`[data-testid="timeline"] li[data-kind="death"][data-person-id="${X.deceasedSon}"]`);
    await death.waitFor();
    expect(await death.getAttribute('data-date')).toBe(FAMILIEN_X_DECEASED_SON_DEATH);
    const marriage = page.locator('[data-testid="timeline"] li[data-kind="marriage"][data-date="2021-08-21"]');
    expect(await marriage.count()).toBe(1);
    await marriage.locator('button').click();
    await page.waitForURL(/asOf=2021-08-21/);
    await page.waitForFunction(() =>
      window.__opsporCy?.nodes('[kind = "union"][status = "current"][partnershipKind = "married"]').nonempty(),
    );
    // A cohabitation that became the marriage is not drawn "separated" the day before the wedding.
    await page.locator('[data-testid="as-of-date"]').fill('2021-08-20');
    await page.waitForURL(/asOf=2021-08-20/);
    await page.waitForFunction(
      (ids) => window.__opsporCy?.getElementById(`u:${[...ids].sort().join('+')}`).data('status') === 'current',
      [X.father, X.newSpouse],
    );
    await death.locator('button').click();
    await page.waitForURL(new RegExp(`asOf=${FAMILIEN_X_DECEASED_SON_DEATH}`));
    await page.waitForFunction((id) => window.__opsporCy?.getElementById(id).data('deceased') === true, X.deceasedSon);
    await page.locator('[data-testid="as-of-next-event"]').click();
    await page.waitForURL((url) => (url.hash.match(/asOf=([\d-]+)/)?.[1] ?? '') > FAMILIEN_X_DECEASED_SON_DEATH);
  });

  it('sweeps dates from 1950 to today without an uncaught error', async () => {
    const before = errors.length;
    for (let year = 1950; year <= 2026; year += 4) {
      await page.locator('[data-testid="as-of-date"]').fill(`${year}-06-15`);
      await page.waitForURL(new RegExp(`asOf=${year}-06-15`));
      await page.waitForTimeout(150);
    }
    await page.waitForTimeout(400);
    expect(errors.slice(before)).toEqual([]);
  });

  it('reaches persons by keyboard in family order, opens one with Enter, and lists the family by household', async () => {
    await page.goto(`${t.url}/#/explorer?person=${X.father}&asOf=${FAMILIEN_X_AS_OF}`);
    await waitForGenogram(page, X.father);
    const keys = page.locator('[data-testid="genogram-keys"] button');
    const order = await keys.evaluateAll((els) => els.map((e) => e.getAttribute('data-person-id')));
    expect(order.slice(0, 3)).toEqual([X.father, X.newSpouse, X.mother]);
    expect(order.indexOf(X.son)).toBeLessThan(order.indexOf(X.daughter));
    await keys.first().focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-person-id'))).toBe(X.newSpouse);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="person-panel"] h2', { hasText: 'Pernille Lund' }).waitFor();

    await page.locator('[data-testid="list-view-toggle"]').click();
    const listed = await page
      .locator('[data-testid="family-list"] tr[data-person-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-person-id')));
    const drawn = await page.evaluate(() => window.__opsporCy!.nodes('[kind = "person"]').map((n) => n.id()));
    expect(sorted(new Set(listed as string[]))).toEqual(sorted(drawn));
    const fathersHome = await page
      .locator(`[data-testid="family-list"] table[data-household="${X.fatherHome}"] tr[data-person-id]`)
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-person-id')));
    expect(sorted(fathersHome as string[])).toEqual(sorted([X.father, X.newSpouse, X.son, X.stepChild]));
    await saveScreenshot(page, 'explorer-list-view-da');
    await page.locator('[data-testid="list-view-toggle"]').click();
  });

  it('exports a PNG whose pixels hold the household bubbles and the legend', async () => {
    await page.waitForTimeout(400); // bubbles are redrawn on a short throttle
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-png"]').click()]);
    const png = readFileSync((await download.path())!);
    writeFileSync(`${ARTIFACTS}/explorer-export.png`, png);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const households = await page.evaluate(() => (window.__opsporCy!.data('households') as { colour: string }[]).map((h) => h.colour));
    // Decode in the browser and count pixels of each household's outline colour in the drawing
    // (top two thirds) and of the legend swatches and text (the bottom third).
    const counts = await page.evaluate(
      async ({ data, colours }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const pixels = ctx.getImageData(0, 0, img.width, img.height).data;
        const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
        const near = (i: number, c: number[]) =>
          Math.abs(pixels[i]! - c[0]!) + Math.abs(pixels[i + 1]! - c[1]!) + Math.abs(pixels[i + 2]! - c[2]!) < 30;
        // The drawing is the upper half; the legend's swatches sit in the left margin below it
        // (x 40–58 at scale 2).
        const half = Math.floor(img.height / 2);
        return colours.map((hex) => {
          const c = rgb(hex);
          let top = 0;
          let bottom = 0;
          for (let y = 0; y < img.height; y += 1) {
            for (let x = 0; x < img.width; x += 1) {
              if (!near((y * img.width + x) * 4, c)) continue;
              if (y < half) top += 1;
              else if (x >= 76 && x <= 120) bottom += 1;
            }
          }
          return { hex, top, bottom };
        });
      },
      { data: png.toString('base64'), colours: households },
    );
    for (const c of counts) {
      expect(c.top, `${c.hex} outline in the drawing`).toBeGreaterThan(200);
      expect(c.bottom, `${c.hex} swatch in the legend`).toBeGreaterThan(20);
    }
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="export-pdf"]').click()]);
    expect(
      readFileSync((await pdf.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('takes screenshots of the explorer in Danish and English', async () => {
    await page.goto(`${t.url}/#/explorer?person=${CROWDED.child}&asOf=${CROWDED_AS_OF}`);
    await waitForGenogram(page, CROWDED.lodgers[0]);
    await page.waitForTimeout(500);
    await saveScreenshot(page, 'explorer-crowded-da');
    await page.locator('[data-testid="language-toggle"]').first().click();
    await page.locator('h1', { hasText: 'Family tree and households' }).waitFor();
    await page.waitForTimeout(300);
    await saveScreenshot(page, 'explorer-crowded-en');
    await page.locator('[data-testid="language-toggle"]').first().click();
    expect(errors).toEqual([]);
  });
});

/** A family of this run: a couple, five children a couple, and so on for three generations (187 persons). */
function largeFamily(prefix: string): { records: IngestRecord[]; root: string; byStep: Map<string, number> } {
  const records: IngestRecord[] = [];
  const byStep = new Map<string, number>();
  let n = 0;
  const person = (sex: 'F' | 'M', year: number, step: number) => {
    const id = `${prefix}big-${n++}`;
    records.push({ type: 'person', id, name: `Stor Slægt ${n}`, sex, birthDate: `${year}-05-0${1 + (n % 9)}` });
    byStep.set(id, step);
    return id;
  };
  const root = person('M', 1930, 0);
  let couples: [string, string, number, number][] = [[root, person('F', 1931, 1), 1930, 0]];
  // the searched couple lives in Aalborg (Nordjyllands Politi), so the district's coordinator may read them
  const home = `${prefix}big-home`;
  records.push(
    { type: 'address', id: home, street: 'Slægtsvej 1', postalCode: '9000', city: 'Aalborg', municipalityCode: '851' },
    { type: 'residence', personId: root, addressId: home, from: '1955-05-01' },
    { type: 'residence', personId: `${prefix}big-1`, addressId: home, from: '1955-05-01' },
  );
  records.push({ type: 'partner', personA: root, personB: `${prefix}big-1`, kind: 'married', from: '1955-05-01' });
  for (let g = 1; g <= 3; g += 1) {
    const next: [string, string, number, number][] = [];
    for (const [a, b, year, step] of couples) {
      for (let k = 0; k < 5; k += 1) {
        const child = person(k % 2 ? 'F' : 'M', year + 26 + k, step + 1);
        records.push({ type: 'parent', parentId: a, childId: child }, { type: 'parent', parentId: b, childId: child });
        if (g < 3) {
          const spouse = person(k % 2 ? 'M' : 'F', year + 26 + k, step + 2);
          records.push({ type: 'partner', personA: child, personB: spouse, kind: 'married', from: `${year + 50 + k}-06-01` });
          next.push([child, spouse, year + 26, step + 1]);
        }
      }
    }
    couples = next;
  }
  return { records, root, byStep };
}

describe('a large family is drawn ring by ring', () => {
  it('draws the closest relatives first, then the next ring and everyone on request, in both languages', async () => {
    const family = largeFamily(P);
    await t.app.get(IngestService).writer.writeTrusted(family.records);
    const total = family.byStep.size;
    const within = (k: number) => [...family.byStep].filter(([, s]) => s <= k).map(([id]) => id);
    await page.goto(`${t.url}/#/explorer?person=${encodeURIComponent(family.root)}&asOf=2026-06-01&depth=4`);
    await waitForGenogram(page, family.root);
    await page.waitForFunction(() => Array.isArray(window.__opsporCy?.data('households')));
    const drawnIds = () => page.evaluate(() => window.__opsporCy!.nodes('[kind = "person"]').map((n) => n.id()));
    // under the cap of 120: the searched person's two nearest rings (37 persons), not the third (150 more)
    expect(sorted(await drawnIds())).toEqual(sorted(within(2)));
    const keys = await page
      .locator('[data-testid="genogram-keys"] button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-person-id')!));
    expect(sorted(keys)).toEqual(sorted(within(2)));
    const bar = page.locator('[data-testid="disclosure"]');
    await bar.getByText(`Viser ${within(2).length} af ${total} personer`).waitFor();
    const more = bar.locator('[data-testid="show-more"]');
    expect(await more.textContent()).toBe(`Vis flere slægtninge (+${total - within(2).length})`);
    await page.locator('[data-testid="language-toggle"]').first().click();
    expect(await more.textContent()).toBe(`Show more relatives (+${total - within(2).length})`);
    await saveScreenshot(page, 'explorer-large-family-en');
    await page.locator('[data-testid="language-toggle"]').first().click();
    // keyboard: the control is a button reached and pressed without a mouse
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => window.__opsporCy!.nodes('[kind = "person"]').length === n, total);
    await page.waitForFunction(() => Array.isArray(window.__opsporCy?.data('households')));
    expect(sorted(await drawnIds())).toEqual(sorted(family.byStep.keys()));
    await bar.locator('[data-testid="show-fewer"]').click();
    await page.waitForFunction((n) => window.__opsporCy!.nodes('[kind = "person"]').length === n, within(2).length);
  });
});

describe('not yet born', () => {
  it('is drawn with a grey dashed outline, as the legend explains', async () => {
    await page.goto(`${t.url}/#/explorer?person=${X.father}&asOf=2005-06-01`);
    await waitForGenogram(page, X.son);
    const son = await page.evaluate((id) => {
      const n = window.__opsporCy!.getElementById(id);
      return { unborn: n.hasClass('unborn'), image: decodeURIComponent(String(n.data('image'))) };
    }, X.son);
    expect(son.unborn).toBe(true);
    expect(son.image).toMatch(/stroke="#7b8794"[^>]*stroke-dasharray/);
    const legend = page.locator('[data-testid="legend"] li[data-legend="legendUnborn"]');
    expect(await legend.textContent()).toMatch(/grå stiplet ramme/);
    expect(decodeURIComponent((await legend.locator('img').getAttribute('src'))!)).toMatch(/stroke="#7b8794"[^>]*stroke-dasharray/);
  });
});
