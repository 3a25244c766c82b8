// npm run audit:verify — walks the hash chain and reports the first altered, inserted or missing entry.
import { createApp } from '../app.factory.js';
import { AuditService } from '../audit/audit.service.js';

const { app } = await createApp();
try {
  const { checked, problem } = await app.get(AuditService).verify();
  if (!problem) {
    console.log(`audit log intact: ${checked} entries verified`);
  } else {
    const what = { edited: 'altered', inserted: 'inserted or reordered', missing: 'missing', truncated: 'missing at the end (truncated)' }[
      problem.kind
    ];
    console.error(`audit log BROKEN: entry ${problem.seq} is ${what} (${checked} entries verified before it)`);
    process.exitCode = 1;
  }
} finally {
  await app.close();
}
