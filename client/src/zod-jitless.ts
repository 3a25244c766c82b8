// Zod 4 compiles a fast object parser with `new Function` and probes whether eval is allowed first;
// the page's Content Security Policy (script-src 'self', no unsafe-eval) refuses it and reports a
// violation. Parsing without the compiled path is the same check: turn it off before any form parses.
import { config } from 'zod/v4/core';

config({ jitless: true });
