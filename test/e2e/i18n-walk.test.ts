import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILIEN_X, FAMILIEN_X_AS_OF, familienXRecords } from '../../seed/src/fixtures/familien-x.js';
import { APP_CONFIG } from '../../server/src/config/config.token.js';
import type { AppConfig } from '../../server/src/config/config.schema.js';
import { CypherRegistry } from '../../server/src/graph/cypher-registry.js';
import { IngestWriter } from '../../server/src/ingest/ingest-writer.js';
import type { TestApp } from '../support/app.js';
import { removeWithPrefix } from '../support/data.js';
import { flaggedFamily, raiseFlag } from '../integration/review.fixtures.js';
import { ARTIFACTS, launchBrowser, openPage, saveScreenshot } from './support/browser.js';
import { startServerWithClient } from './support/server.js';
import { createUiUser, givePurpose, signInThroughUi } from './support/ui.js';

// Issue 16: a walk through inbox, a cluster, the explorer (a family), saved queries, the audit log
// and the rules in Danish and in English. It fails on a message the i18n library could not find or
// format (client/src/i18n reports them in window.__opsporMissingMessages), on words of the other
// language in the client's own texts, and on a raw flag/person/rule id as the whole label of a link,
// button, cell or list item (ids may appear beside a name, as secondary text).
type Lang = 'da' | 'en';

// The client's i18n reports a key it could not find or a message it could not format here (client/src/i18n/i18n.tsx).
declare global {
  interface Window {
    __opsporMissingMessages?: { lang: string; namespace: string; key: string; reason: string }[];
  }
}

let t: TestApp;
let browser: Browser;
let page: Page;
let P: string;
let flagId: string;
let childId: string;
let errors: string[];

const RULE_IDS = readdirSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher', 'risk'))
  .filter((f) => f.endsWith('.cypher'))
  .map((f) => f.replace(/\.cypher$/, ''));

/** Words that give the other language away in the UI's own texts (whole words, case-sensitive). */
const FOREIGN: Record<Lang, string[]> = {
  da: [
    'Inbox',
    'Search',
    'Open',
    'Rules',
    'Queries',
    'Save',
    'Cancel',
    'Children',
    'Adults',
    'Evidence',
    'Family',
    'Show',
    'Hide',
    'Loading',
    'Name',
    'Weight',
    'Source',
    'Sign out',
    'Assigned',
    'Reason',
    'Previous',
    'Next',
    'Today',
    'Born',
    'born',
    'cases',
    'the',
    'and',
    'of',
    'with',
    'Entries',
    'entries',
    'Users',
    'Statistics',
    'Audit log',
    'Parameters',
    'Settings',
    'Run',
  ],
  en: [
    'Indbakke',
    'Søg',
    'Åbn',
    'Regler',
    'Gem',
    'Annuller',
    'Børn',
    'børn',
    'Voksne',
    'Vis',
    'Skjul',
    'Henter',
    'Navn',
    'Vægt',
    'Kilde',
    'Log ud',
    'født',
    'sager',
    'Forrige',
    'Næste',
    'og',
    'af',
    'ikke',
    'med',
    'Brugere',
    'Statistik',
    'Revisionslog',
    'Indstillinger',
    'Kør',
    'poster',
    'hændelser',
  ],
};

/**
 * Texts that come from the server (rule titles/descriptions/parameter reasons, saved-query titles,
 * rule explanations): made bilingual by the server-side change of issue 16 (helper A2). The
 * language check leaves them out until that is merged; `SERVER_TEXTS_BILINGUAL` below turns them on.
 */
const SERVER_TEXT_SELECTORS = [
  '[data-testid="rule-description"]',
  '[data-testid="param-reason"]',
  '.categories-table td.small',
  '[data-testid="signals"] p',
  '[data-testid="saved-query-list"] li',
  '[data-testid="saved-query"]',
];

/** Data, not UI text: a rule's parameter values and defaults (keywords searched for in Danish case texts). */
const DATA_SELECTORS = ['.param-value', '[data-testid="param-table"] td:nth-of-type(2)'];

/**
 * Audit entries name their persons (AuditEvent.persons, read and audited with the audit search).
 * The page walk leaves the links out; the `AUDIT_PERSON_NAMES` check below looks at them.
 */
const AUDIT_PERSON_LINKS = '.audit-persons a';

interface PageFindings {
  missing: { lang: string; namespace: string; key: string; reason: string }[];
  foreign: string[];
  bareIds: string[];
}

async function findings(p: Page, lang: Lang, opts: { skipServerTexts: boolean; skipAuditPersons: boolean }): Promise<PageFindings> {
  return p.evaluate(
    ({ words, skip, skipIds, ruleIds, personPrefixes, lang }) => {
      const missing = window.__opsporMissingMessages ?? [];
      const root = document.body.cloneNode(true) as HTMLElement;
      // Text marked as the other language (a rule's title in both languages, the language toggle) is meant so.
      const marked = `[lang]:not([lang="${lang}"])`;
      for (const el of root.querySelectorAll(['script', 'style', 'textarea', 'input', 'select', 'pre', 'code', marked, ...skip].join(',')))
        el.remove();
      const text = (root.textContent || '').replace(/\s+/g, ' ');
      const foreign = words.flatMap((w) => {
        const m = new RegExp(`(^|[^\\p{L}\\p{N}_-])${w}([^\\p{L}\\p{N}_-]|$)`, 'u').exec(text);
        return m ? [`${w}: …${text.slice(Math.max(0, m.index - 40), m.index + w.length + 40)}…`] : [];
      });
      const isId = (s: string) =>
        /^flag-[\w.-]+$/.test(s) || ruleIds.includes(s) || personPrefixes.some((prefix) => s.startsWith(prefix) && /^[\w.-]+$/.test(s));
      const bareIds = [...document.querySelectorAll('a, button, td, th, li, option, h1, h2, h3, dd, label, summary')]
        .filter((el) => !skipIds.some((selector) => el.matches(selector)))
        .map((el) => (el as HTMLElement).innerText?.trim() ?? '')
        .filter((s) => s && isId(s));
      // A rule id in running text (a score's sum, a sentence) instead of the rule's title; code blocks are left out above.
      const ruleIdsInText = ruleIds
        .filter((id) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`).test(text))
        .map((id) => `rule id in text: ${id}`);
      return { missing, foreign, bareIds: [...new Set([...bareIds, ...ruleIdsInText])] };
    },
    {
      words: FOREIGN[lang],
      skip: [...DATA_SELECTORS, ...(opts.skipServerTexts ? SERVER_TEXT_SELECTORS : [])],
      skipIds: opts.skipAuditPersons ? [AUDIT_PERSON_LINKS] : [],
      ruleIds: RULE_IDS,
      personPrefixes: ['fx-', P],
      lang,
    },
  );
}

async function setLanguage(lang: Lang): Promise<void> {
  await page.evaluate((l) => localStorage.setItem('opspor.lang', l), lang);
  await page.reload();
  await page.locator('header.header-bar').waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
}

/** Goes to a page, waits for what shows it has loaded, lets the requests settle. */
async function visit(path: string, ready: string): Promise<void> {
  await page.evaluate(() => (window.__opsporMissingMessages = []));
  await page.goto(path);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('.page-loading').waitFor({ state: 'detached' });
}

/** Checks that wait for a server change: delete one line to turn that check on. */
const WAITING_FOR_SERVER = new Set<string>([]);

const PAGES = () => [
  { name: 'inbox', path: '/#/inbox', ready: `tr[data-flag-id="${flagId}"]` },
  { name: 'cluster', path: `/#/flags/${encodeURIComponent(flagId)}`, ready: '[data-testid="children"] .child-card' },
  {
    name: 'explorer',
    path: `/#/explorer?person=${FAMILIEN_X.father}&depth=1&asOf=${FAMILIEN_X_AS_OF}`,
    ready: '[data-testid="genogram"]',
  },
  { name: 'queries', path: '/#/queries', ready: '[data-testid="saved-query-list"] li' },
  { name: 'audit', path: '/#/audit', ready: '[data-testid="audit-entries"] table' },
  { name: 'rules', path: '/#/rules', ready: '.rule-card' },
];

beforeAll(async () => {
  t = await startServerWithClient();
  P = `${t.runId}-`;
  const config = t.app.get<AppConfig>(APP_CONFIG);
  // Familien X: fixed ids, upserted idempotently and shared with other tests: never removed here.
  await new IngestWriter(t.graph.driver, t.app.get(CypherRegistry), config.NEO4J_DATABASE).writeTrusted(familienXRecords());
  const family = flaggedFamily(`${P}walk-`);
  childId = family.id('barn');
  flagId = await raiseFlag(t, family);
  const admin = await createUiUser(t, 'admin');
  browser = await launchBrowser();
  ({ page, errors } = await openPage(browser, t.url));
  await signInThroughUi(page, admin);
  await page.waitForURL(/#\/inbox/);
  await givePurpose(page);
});
afterAll(async () => {
  await browser?.close();
  if (t) await removeWithPrefix(t.graph, P);
  await t?.close();
});

describe('every page in both languages', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`shows no missing message, no ${lang === 'da' ? 'English' : 'Danish'} UI word and no bare id (${lang})`, async () => {
      await setLanguage(lang);
      const report: Record<string, PageFindings> = {};
      for (const p of PAGES()) {
        await visit(p.path, p.ready);
        await page.waitForTimeout(300);
        await saveScreenshot(page, `i18n-walk-${p.name}-${lang}`);
        report[p.name] = await findings(page, lang, { skipServerTexts: true, skipAuditPersons: true });
      }
      const problems = Object.entries(report).flatMap(([name, f]) => [
        ...f.missing.map((m) => `${name}: ${m.reason} ${m.namespace}:${m.key} (${m.lang})`),
        ...f.foreign.map((w) => `${name}: other language "${w}"`),
        ...f.bareIds.map((id) => `${name}: bare id "${id}"`),
      ]);
      expect(problems).toEqual([]);
      expect(childId).toMatch(/walk-barn$/);
      expect(errors).toEqual([]);
    });
  }
});

describe('server texts in the user language (after the server-side bilingual rules and queries are merged)', () => {
  for (const lang of ['da', 'en'] as const) {
    it.skipIf(WAITING_FOR_SERVER.has('SERVER_TEXTS_BILINGUAL'))(
      `rules, cluster and queries show no ${lang === 'da' ? 'English' : 'Danish'} word anywhere (${lang})`,
      async () => {
        await setLanguage(lang);
        const problems: string[] = [];
        for (const p of PAGES().filter((x) => ['cluster', 'queries', 'rules'].includes(x.name))) {
          await visit(p.path, p.ready);
          const f = await findings(page, lang, { skipServerTexts: false, skipAuditPersons: true });
          problems.push(...f.foreign.map((w) => `${p.name}: other language "${w}"`));
        }
        expect(problems).toEqual([]);
      },
    );
  }
});

describe('audit entries name their persons (after the server gives names with AuditEvent.personIds)', () => {
  it.skipIf(WAITING_FOR_SERVER.has('AUDIT_PERSON_NAMES'))('shows no person id as the whole text of an audit link', async () => {
    await setLanguage('da');
    await visit('/#/audit', '[data-testid="audit-entries"] table');
    // the walk above read persons, so the newest entries name some: the check has links to look at
    const links = page.locator('.audit-persons a');
    expect(await links.count()).toBeGreaterThan(0);
    const f = await findings(page, 'da', { skipServerTexts: true, skipAuditPersons: false });
    expect(f.bareIds).toEqual([]);
    // each link shows a name (or "(slettet person)") with the id as secondary text
    const first = links.first();
    const id = await first.getAttribute('data-person-id');
    expect(await first.locator('.muted').innerText()).toBe(id);
    expect((await first.innerText()).replace(id!, '').trim()).not.toBe('');
    for (const lang of ['da', 'en'] as const) {
      await setLanguage(lang);
      await visit('/#/audit', '[data-testid="audit-entries"] table');
      await page.screenshot({ path: join(ARTIFACTS, `audit-person-names-${lang}.png`), clip: { x: 0, y: 0, width: 1600, height: 1100 } });
    }
  });
});

describe('the header names the user and where they work', () => {
  it('shows the full name (username as tooltip) and the district by name (code as tooltip), in both languages', async () => {
    const coordinator = await createUiUser(t, 'coordinator', { districtCode: 'NJY', fullName: 'Dorte Walk Dam' });
    const other = await openPage(browser, t.url);
    try {
      await signInThroughUi(other.page, coordinator);
      for (const lang of ['da', 'en'] as const) {
        await other.page.evaluate((l) => localStorage.setItem('opspor.lang', l), lang);
        await other.page.reload();
        const header = other.page.locator('header.header-bar');
        await header.waitFor();
        const name = header.locator('[data-testid="header-user-name"]');
        expect(await name.innerText()).toBe('Dorte Walk Dam');
        expect(await name.getAttribute('title')).toBe(coordinator.username);
        const place = header.locator('[data-testid="header-place"]');
        expect(await place.innerText()).toBe('Nordjyllands Politi');
        expect(await place.getAttribute('title')).toBe('NJY');
        expect(await header.locator('[data-testid="header-user"]').innerText()).not.toMatch(/\bNJY\b/);
        await other.page.screenshot({ path: join(ARTIFACTS, `header-${lang}.png`), clip: { x: 0, y: 0, width: 1600, height: 200 } });
      }
      expect(other.errors).toEqual([]);
    } finally {
      await other.page.context().close();
    }
  });
});
