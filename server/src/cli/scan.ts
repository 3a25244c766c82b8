// npm run scan -- [--as-of YYYY-MM-DD] [--district CODE]… [--verbose]  — a full risk scan. As of
// today (the default) it writes live flags; as of an earlier date it is a back-test that writes nothing.
import { createApp } from '../app.factory.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { ScreeningService } from '../flags/index.js';
import { isIsoDate } from '@opspor/contract';
import { cliActor, cliArgs, runCli } from './cli-support.js';

await runCli('scan', async () => {
  const args = cliArgs();
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const districts = args.flatMap((a, i) => (a === '--district' && args[i + 1] ? [args[i + 1]!] : []));
  const { app } = await createApp({ abortOnError: false, patient: true });
  try {
    const asOf = value('--as-of') ?? app.get(Clock).today();
    if (!isIsoDate(asOf))
      throw new AppError('BAD_USER_INPUT', {
        da: `--as-of skal være en dato ÅÅÅÅ-MM-DD, fik "${asOf}"`,
        en: `--as-of must be a date YYYY-MM-DD, got "${asOf}"`,
      });
    await app.get(AuditService).record({ actor: cliActor(), operation: 'runScan', detail: { asOf, districts } });
    const result = await app.get(ScreeningService).run({ asOf, ...(districts.length ? { districtCodes: districts } : {}) });
    const seconds = (result.elapsedMs / 1000).toFixed(1);
    console.log(
      result.live
        ? `scan as of ${asOf}: ${result.clusters} clusters, ${result.hits.length} flagged, ${result.newVersions} new versions, ${result.deactivated} no longer flagged, ${seconds}s`
        : `back-test as of ${asOf} (before today: live flags were not changed): ${result.clusters} clusters, ${result.hits.length} would be flagged, ${result.noLongerFound.length} live flags not found then, ${seconds}s`,
    );
  } finally {
    await app.close().catch(() => undefined);
  }
});
