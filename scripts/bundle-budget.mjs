// What the sign-in page loads: the entry chunk of client/dist and every chunk it imports
// statically (Vite preloads those), read from the build manifest. Pages are dynamic imports and
// load only after signing in. Prints raw and gzip sizes; exits 1 over the budget.
//   node scripts/bundle-budget.mjs [--max-kb 300]   (after `npm run build -w client`)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../client/dist/', import.meta.url).pathname;
const maxKb = Number(process.argv[process.argv.indexOf('--max-kb') + 1]) || 300;
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

/** The chunks loaded before anything is clicked: the entry and its static imports. */
export function signInChunks(manifest) {
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('the manifest has no entry');
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  visit(entry);
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

let raw = 0;
let gzip = 0;
for (const file of signInChunks(manifest)) {
  const bytes = readFileSync(join(dist, file));
  raw += bytes.length;
  gzip += gzipSync(bytes, { level: 9 }).length;
  console.log(`  ${file}: ${(bytes.length / 1024).toFixed(1)} kB`);
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`sign-in page JavaScript: ${kb(raw)} (${kb(gzip)} gzip); budget ${maxKb} kB`);
if (raw > maxKb * 1024) {
  console.error(`over budget: ${kb(raw)} > ${maxKb} kB`);
  process.exit(1);
}
