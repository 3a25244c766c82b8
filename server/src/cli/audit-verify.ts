// npm run audit:verify [-- --verbose] — walks the keyed hash chain, checks it against the signed
// checkpoints in the checkpoint file, and reports the first altered, inserted, missing or cut-off entry.
import { createApp } from '../app.factory.js';
import { describeProblem } from '../audit/audit-chain.js';
import { AuditService } from '../audit/audit.service.js';
import { runCli } from './cli-support.js';

await runCli('audit:verify', async () => {
  const { app } = await createApp({ abortOnError: false });
  try {
    const audit = app.get(AuditService);
    const { checked, problem } = await audit.verify();
    if (!problem) {
      console.log(`audit log intact: ${checked} entries verified (checkpoints: ${audit.checkpointFile})`);
      return 0;
    }
    console.error(`audit log TAMPERED: ${describeProblem(problem, audit.checkpointFile)} (${checked} entries verified before it)`);
    return 1;
  } finally {
    await app.close().catch(() => undefined);
  }
});
