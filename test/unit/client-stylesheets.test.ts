import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definedClasses, lostStyles, moduleKey, plainClassNames, stylesheetProblems, type SourceFile } from './stylesheets-check.js';

// Each feature owns its styles (CSS modules); the global stylesheets under client/src/ui/ hold the
// base and the forms' classes. A class defined twice is a style whose winner depends on which page
// loaded first: this test reads every stylesheet and component of the client and names each clash.

const SRC = resolve(import.meta.dirname, '../../client/src');

/** Plain class names kept beside a module class because the browser tests (test/e2e) select on them. */
const TEST_HOOKS = new Set([
  'audit-persons',
  'audit-search',
  'child-card',
  'count',
  'cy-comment',
  'cy-function',
  'cy-keyword',
  'cy-label',
  'cy-number',
  'cy-parameter',
  'cy-string',
  'cy-write',
  'header-bar',
  'lives-here',
  'new-dot',
  'read-only-notice',
  'report-status',
  'rule-cypher',
  'rule-head',
  'search-hit',
  'subject-form',
  'versions-table',
]);

function read(ext: RegExp): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (ext.test(entry.name)) files.push({ path: relative(SRC, path).split('\\').join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(SRC);
  return files;
}

describe('the checker', () => {
  it('finds a class defined in two global stylesheets', () => {
    const sheets = [
      { path: 'ui/base.css', text: '.card { padding: 1rem; }\n.muted { color: grey; }' },
      { path: 'ui/forms.css', text: '@media (max-width: 10px) {\n  .x .card, .y { margin: 0; }\n}' },
    ];
    expect(stylesheetProblems(sheets, [])).toEqual(['.card is defined in two global stylesheets: ui/base.css and ui/forms.css']);
  });

  it('finds a global class that a module defines too, but not one a module refers to with :global()', () => {
    const sheets = [
      { path: 'ui/base.css', text: '.notice { padding: 0; }\n.card { margin: 0; }' },
      { path: 'admin/admin.module.css', text: '.side :global(.card) { border: 0; }\n.notice.ok { color: green; }' },
    ];
    expect(stylesheetProblems(sheets, [])).toEqual([
      '.notice is defined in the global ui/base.css and in the module admin/admin.module.css',
    ]);
  });

  it('finds a component reading a class its module does not define', () => {
    const sheets = [{ path: 'inbox/inbox.module.css', text: '.new-dot { color: red; }' }];
    const component = {
      path: 'inbox/InboxPage.tsx',
      text: "import styles from './inbox.module.css';\n<span className={styles.newDot} /><b className={styles.oldDot} />",
    };
    expect(stylesheetProblems(sheets, [component])).toEqual([
      'inbox/InboxPage.tsx reads styles.oldDot, which inbox/inbox.module.css does not define',
    ]);
  });

  it('finds a plain class name whose style only a module has (a lost style)', () => {
    const sheets = [
      { path: 'ui/base.css', text: '.muted { color: grey; }' },
      { path: 'inbox/inbox.module.css', text: '.new-dot { color: red; }\n.chips li { margin: 0; }' },
    ];
    const component = {
      path: 'inbox/InboxPage.tsx',
      text: "<ul className=\"chips muted\" />\n<b className={isNew ? `${styles.newDot} new-dot` : 'muted'} />\n<i className={kind === 'chips' ? 'muted' : undefined} />",
    };
    expect([...plainClassNames(component)].sort()).toEqual(['chips', 'muted', 'new-dot']);
    expect(lostStyles(sheets, [component], new Set(['new-dot']))).toEqual([
      'inbox/InboxPage.tsx names the class chips as a plain string, but only a CSS module defines it',
    ]);
  });

  it('reads the classes a rule styles (its subject), not its context, values, attribute values or comments', () => {
    const sheet = { path: 'x.css', text: "/* .comment */ a[href='x.y'] .link:hover, .b > .c { margin: 0.5rem; }" };
    expect([...definedClasses(sheet)].sort()).toEqual(['c', 'link']);
    expect(moduleKey('status-tabs')).toBe('statusTabs');
    expect(moduleKey('IN_REVIEW')).toBe('IN_REVIEW');
  });
});

describe('the client', () => {
  const stylesheets = read(/\.css$/);
  const components = read(/\.tsx?$/);

  it('defines each class in one place, and every class a component reads from a module exists', () => {
    expect(stylesheets.filter((s) => s.path.endsWith('.module.css')).length).toBeGreaterThan(10);
    expect(stylesheetProblems(stylesheets, components)).toEqual([]);
  });

  it('loses no style: a class a component names as a plain string is global (or a test hook)', () => {
    expect(lostStyles(stylesheets, components, TEST_HOOKS)).toEqual([]);
  });

  it('keeps the global stylesheets under ui/, imported once by main.tsx', () => {
    // (a stylesheet with no rules left, kept for a pending import, does not count)
    const hasRules = (s: SourceFile) => s.text.replace(/\/\*[\s\S]*?\*\//g, '').trim() !== '';
    const globals = stylesheets.filter((s) => !s.path.endsWith('.module.css') && hasRules(s)).map((s) => s.path);
    expect(globals.sort()).toEqual(['ui/base.css', 'ui/forms.css']);
    const importers = components.filter((c) => /import '[^']*\/?(base|forms)\.css'/.test(c.text)).map((c) => c.path);
    expect(importers).toEqual(['main.tsx']);
  });
});
