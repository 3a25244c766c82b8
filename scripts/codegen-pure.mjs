// Codegen hook: marks each generated document `/*#__PURE__*/`, so the bundler keeps only the
// documents a chunk uses (the sign-in page then carries no page's operations).
import { readFileSync, writeFileSync } from 'node:fs';

for (const file of process.argv.slice(2).filter((f) => f.endsWith('graphql.ts'))) {
  const source = readFileSync(file, 'utf8');
  writeFileSync(file, source.replace(/= new TypedDocumentString\(/g, '= /*#__PURE__*/ new TypedDocumentString('));
}
