// npm run ingest -- FILE.jsonl [--batch-size N] [--no-recheck]
// --no-recheck: for a bulk first load; run `npm run scan` afterwards instead of re-checking batch by batch.
// Streams a JSON Lines file (shared/contract/ingest-format.md) into the graph; see ingest-file.ts.
import { createApp } from '../app.factory.js';
import { IngestEvents } from '../ingest/ingest-events.js';
import { ingestFile } from '../ingest/ingest-file.js';
import { IngestRejectedError } from '../ingest/ingest-writer.js';
import { IngestService } from '../ingest/ingest.service.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const sizeIndex = args.indexOf('--batch-size');
const batchSize = sizeIndex >= 0 ? Number(args[sizeIndex + 1]) : 5000;
const recheck = !args.includes('--no-recheck');
if (!file || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
  console.error('usage: npm run ingest -- FILE.jsonl [--batch-size 1-100000] [--no-recheck]');
  process.exit(2);
}

const { app } = await createApp({ patient: true });
await app.init();
const service = app.get(IngestService);
try {
  const result = await ingestFile(file, service.writer, service.lookup, recheck ? app.get(IngestEvents) : new IngestEvents(), {
    batchSize,
    maxProblems: 50,
    onProgress: (p) =>
      console.log(
        `${p.phase}: ${p.records} records (line ${p.lines}), ${Math.round((p.records / Math.max(p.elapsedMs, 1)) * 1000)} records/s`,
      ),
  });
  console.log(
    `ingested ${result.records} records in ${result.batches} batches, ${(result.elapsedMs / 1000).toFixed(1)}s (${Math.round(result.records / (result.elapsedMs / 1000))} records/s)`,
  );
} catch (error) {
  if (error instanceof IngestRejectedError) {
    console.error(`rejected: nothing was written. ${error.totalProblems} problem(s):`);
    for (const p of error.problems) console.error(`  line ${p.line}, ${p.field}: ${p.reason}`);
    if (error.totalProblems > error.problems.length) console.error(`  … and ${error.totalProblems - error.problems.length} more`);
    process.exitCode = 1;
  } else throw error;
} finally {
  await app.close();
}
