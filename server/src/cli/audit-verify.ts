// npm run audit:verify — walks the keyed hash chain, checks it against the signed checkpoints in
// the checkpoint file, and reports the first altered, inserted, missing or cut-off entry.
import { createApp } from '../app.factory.js';
import { AuditService } from '../audit/audit.service.js';
import { describeProblem } from '../audit/audit-chain.js';

const { app } = await createApp();
try {
  const audit = app.get(AuditService);
  const { checked, problem } = await audit.verify();
  if (!problem) {
    console.log(`audit log intact: ${checked} entries verified (checkpoints: ${audit.checkpointFile})`);
  } else {
    console.error(`audit log TAMPERED: ${describeProblem(problem, audit.checkpointFile)} (${checked} entries verified before it)`);
    process.exitCode = 1;
  }
} finally {
  await app.close();
}
