// npm run scan -- [--as-of YYYY-MM-DD] [--district CODE]…  — a full risk scan, writing flags.
import { createApp } from '../app.factory.js';
import { AuditService } from '../audit/audit.service.js';
import { isIsoDate } from '../ingest/validate.js';
import { Clock } from '../risk/clock.js';
import { ScanService } from '../risk/scan.service.js';

const args = process.argv.slice(2);
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const districts = args.flatMap((a, i) => (a === '--district' && args[i + 1] ? [args[i + 1]!] : []));

const { app } = await createApp({ patient: true });
try {
  const asOf = value('--as-of') ?? app.get(Clock).today();
  if (!isIsoDate(asOf)) throw new Error(`--as-of must be a date YYYY-MM-DD, got ${asOf}`);
  await app.get(AuditService).record({ actor: { id: 'cli', role: 'admin' }, operation: 'runScan', detail: { asOf, districts } });
  const result = await app.get(ScanService).scan({ asOf, write: true, ...(districts.length ? { districtCodes: districts } : {}) });
  console.log(
    `scan as of ${asOf}: ${result.clusters} clusters, ${result.flagged.length} flagged, ${result.deactivated} no longer flagged, ${(result.elapsedMs / 1000).toFixed(1)}s`,
  );
} finally {
  await app.close();
}
