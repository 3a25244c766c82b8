/**
 * Checks the client's stylesheets (used by client-stylesheets.test.ts):
 * a class is defined in one global stylesheet only, a global class is never also defined in a
 * CSS module, and every `styles.x` a component reads exists in the module it imports.
 */

export interface SourceFile {
  /** path relative to client/src, `/`-separated */
  path: string;
  text: string;
}

export const isModule = (path: string): boolean => path.endsWith('.module.css');

/**
 * The class names a stylesheet defines: the classes of each selector's subject (its last compound
 * selector: `.a .b.c` defines b and c and refers to a), outside `:global(…)` in a module and outside
 * `:not(…)`/`:has(…)`; with `subjectsOnly` false, every class the selectors name.
 */
export function definedClasses(file: SourceFile, subjectsOnly = true): Set<string> {
  const text = file.text.replace(/\/\*[\s\S]*?\*\//g, '');
  const classes = new Set<string>();
  for (const match of text.matchAll(/([^{};]+)\{/g)) {
    let selectors = match[1]!.trim();
    if (selectors.startsWith('@')) continue;
    if (isModule(file.path)) selectors = stripCall(selectors, ':global(');
    // attribute values ([data-x='a.b']) and the arguments of :not()/:has() are not what a rule styles
    selectors = stripCall(stripCall(selectors.replace(/\[[^\]]*\]/g, ''), ':not('), ':has(');
    for (const selector of selectors.split(',')) {
      const subject = subjectsOnly
        ? (selector
            .trim()
            .split(/\s*[\s>+~]\s*/)
            .at(-1) ?? '')
        : selector;
      for (const c of subject.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)) classes.add(c[1]!);
    }
  }
  return classes;
}

/** `.a :global(.b) .c` → `.a  .c` for call `:global(`: what :global() wraps refers to a global class. */
function stripCall(selector: string, call: string): string {
  let out = '';
  let i = 0;
  while (i < selector.length) {
    const at = selector.indexOf(call, i);
    if (at < 0) return out + selector.slice(i);
    out += selector.slice(i, at);
    let depth = 0;
    let j = at + call.length - 1;
    for (; j < selector.length; j += 1) {
      if (selector[j] === '(') depth += 1;
      else if (selector[j] === ')' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out;
}

/** The key Vite's `localsConvention: 'dashesOnly'` gives a class: `child-card` → `childCard`. */
export const moduleKey = (className: string): string => className.replace(/-+(\w|$)/g, (_, c: string) => c.toUpperCase());

/** Every problem found, as a sentence naming the class and the files; empty when all is well. */
export function stylesheetProblems(stylesheets: SourceFile[], components: SourceFile[]): string[] {
  const problems: string[] = [];
  const globalOwner = new Map<string, string>();
  const moduleClasses = new Map<string, Set<string>>();
  const moduleNames = new Map<string, Set<string>>();
  for (const sheet of stylesheets) {
    const classes = definedClasses(sheet);
    if (isModule(sheet.path)) {
      moduleClasses.set(sheet.path, classes);
      moduleNames.set(sheet.path, definedClasses(sheet, false));
      continue;
    }
    for (const c of classes) {
      const owner = globalOwner.get(c);
      if (owner && owner !== sheet.path) problems.push(`.${c} is defined in two global stylesheets: ${owner} and ${sheet.path}`);
      else globalOwner.set(c, sheet.path);
    }
  }
  for (const [path, classes] of moduleClasses) {
    for (const c of classes) {
      const owner = globalOwner.get(c);
      if (owner) problems.push(`.${c} is defined in the global ${owner} and in the module ${path}`);
    }
  }
  for (const component of components) {
    for (const { name, path } of moduleImports(component)) {
      const classes = moduleNames.get(path);
      if (!classes) {
        problems.push(`${component.path} imports ${path}, which is not a stylesheet under client/src`);
        continue;
      }
      const keys = new Set([...classes].map(moduleKey));
      for (const used of component.text.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))) {
        if (!keys.has(used[1]!)) problems.push(`${component.path} reads ${name}.${used[1]}, which ${path} does not define`);
      }
    }
  }
  return problems;
}

/**
 * Class names a component writes as plain strings in `className` (in quotes or in a template,
 * outside `${…}`; not the operands of a comparison).
 */
export function plainClassNames(component: SourceFile): Set<string> {
  const names = new Set<string>();
  for (const m of component.text.matchAll(/className=(?:"([^"]*)"|\{(.*)\}\s*(?:\/?>|$|\s[\w-]+=))/gm)) {
    const parts =
      m[1] !== undefined
        ? [m[1]]
        : [...m[2]!.matchAll(/(===?|!==?)?\s*(['`])((?:(?!\2).)*)\2/g)].filter((q) => !q[1]).map((q) => q[3]!.replace(/\$\{[^}]*\}/g, ' '));
    for (const part of parts) for (const name of part.split(/\s+/)) if (/^[A-Za-z][\w-]*$/.test(name)) names.add(name);
  }
  return names;
}

/**
 * A plain class name that no global stylesheet defines but a module does: its style is lost (the
 * module's class is hashed). `hooks` are the names kept on purpose beside a module class for tests.
 */
export function lostStyles(stylesheets: SourceFile[], components: SourceFile[], hooks: ReadonlySet<string>): string[] {
  const global = new Set<string>();
  const local = new Set<string>();
  for (const sheet of stylesheets) for (const c of definedClasses(sheet, false)) (isModule(sheet.path) ? local : global).add(c);
  const problems: string[] = [];
  for (const component of components) {
    for (const name of plainClassNames(component)) {
      if (!global.has(name) && local.has(name) && !hooks.has(name)) {
        problems.push(`${component.path} names the class ${name} as a plain string, but only a CSS module defines it`);
      }
    }
  }
  return problems;
}

/** `import styles from './x.module.css'` → { name: 'styles', path: 'feature/x.module.css' } */
export function moduleImports(component: SourceFile): { name: string; path: string }[] {
  const dir = component.path.split('/').slice(0, -1);
  const found: { name: string; path: string }[] = [];
  for (const m of component.text.matchAll(/import\s+(\w+)\s+from\s+'([^']+\.module\.css)'/g)) {
    const parts = [...dir];
    for (const segment of m[2]!.split('/')) {
      if (segment === '..') parts.pop();
      else if (segment !== '.') parts.push(segment);
    }
    found.push({ name: m[1]!, path: parts.join('/') });
  }
  return found;
}
