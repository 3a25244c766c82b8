// Zod 4 compiles a fast object parser with `new Function`, first probing whether eval is allowed. In
// the browser the page's Content Security Policy (script-src 'self', no unsafe-eval) refuses the
// probe and reports a violation, so there zod runs without the compiled path (the same checks). The
// server keeps the compiled path. Imported first by index.ts, before any schema exists.
import { config } from 'zod/v4/core';

if ('window' in globalThis) config({ jitless: true });
