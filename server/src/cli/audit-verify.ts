// npm run audit:verify [-- --verbose] — walks the hash chain and reports the first altered, inserted or missing entry.
import { createApp } from '../app.factory.js';
import { AuditService } from '../audit/audit.service.js';
import { runCli } from './cli-support.js';

await runCli('audit:verify', async () => {
  const { app } = await createApp({ abortOnError: false });
  try {
    const { checked, problem } = await app.get(AuditService).verify();
    if (!problem) {
      console.log(`audit log intact: ${checked} entries verified`);
      return 0;
    }
    const what = { edited: 'altered', inserted: 'inserted or reordered', missing: 'missing', truncated: 'missing at the end (truncated)' }[
      problem.kind
    ];
    console.error(`audit log BROKEN: entry ${problem.seq} is ${what} (${checked} entries verified before it)`);
    return 1;
  } finally {
    await app.close().catch(() => undefined);
  }
});
