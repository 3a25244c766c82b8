// npm run ingest -- FILE.jsonl [--batch-size N] [--from-line N] [--no-recheck] [--verbose]
// --no-recheck: for a bulk first load; run `npm run scan` afterwards instead of re-checking batch by batch.
// --from-line N: resume after an interruption in the relationships phase (the message says when).
// Streams a JSON Lines file (shared/contract/ingest-format.md) into the graph; see ingest-file.ts.
// Every committed batch is audited with the operator, the file name and each record's line.
import { createApp } from '../app.factory.js';
import { FileIngestInterruptedError, ingestFile } from '../ingest/ingest-file.js';
import { IngestRejectedError } from '../ingest/ingest-writer.js';
import { IngestService } from '../ingest/ingest.service.js';
import { ScreeningService } from '../flags/index.js';
import { cliActor, cliArgs, describeFailure, printRejected, runCli } from './cli-support.js';

const USAGE = 'usage: npm run ingest -- FILE.jsonl [--batch-size 1-100000] [--from-line N] [--no-recheck] [--verbose]';

await runCli('ingest', async () => {
  const args = cliArgs();
  const option = (flag: string, fallback: number) => {
    const i = args.indexOf(flag);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const file = args.find((a, i) => !a.startsWith('--') && !['--batch-size', '--from-line'].includes(args[i - 1] ?? ''));
  const batchSize = option('--batch-size', 5000);
  const fromLine = option('--from-line', 1);
  const recheck = !args.includes('--no-recheck');
  if (!file || !Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000 || !Number.isInteger(fromLine) || fromLine < 1) {
    console.error(USAGE);
    return 2;
  }

  const { app } = await createApp({ abortOnError: false, patient: true });
  try {
    // No app.init(): the CLI serves nothing, so it skips building the GraphQL schema and routes
    // (seconds); the risk re-check the API runs on each committed batch is called here directly.
    const service = app.get(IngestService);
    const screening = app.get(ScreeningService);
    const actor = cliActor();
    const result = await ingestFile(
      file,
      async (values, source) => {
        const committed = await service.commit(values, actor, source, { recheck: false });
        if (recheck && committed.affectedPersonIds.length > 0) await screening.recheck(committed.affectedPersonIds);
        return committed;
      },
      service.lookup,
      (refs) => service.writer.existing(refs),
      { source: 'cli', actor: actor.id },
      {
        batchSize,
        maxProblems: 50,
        fromLine,
        onProgress: (p) =>
          console.log(
            `${p.phase}: committed through line ${p.lines} (${p.records} records, ${Math.round((p.records / Math.max(p.elapsedMs, 1)) * 1000)} records/s)`,
          ),
      },
    );
    console.log(
      `ingested ${result.records} records in ${result.batches} batches, ${(result.elapsedMs / 1000).toFixed(1)}s: ` +
        `${result.applied} applied, ${result.unchanged} unchanged, ${result.stale} skipped as stale, ${result.retracted} retracted`,
    );
    if (result.staleLines.length > 0) {
      console.log(
        `stale (older sourceUpdatedAt than stored), not applied: line ${result.staleLines.slice(0, 50).join(', ')}${result.staleLines.length > 50 ? ', …' : ''}`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof IngestRejectedError) {
      printRejected('ingest', error);
      return 1;
    }
    if (error instanceof FileIngestInterruptedError) {
      const { phase, lastCommittedLine, batches } = error.progress;
      console.error(`ingest: stopped: ${describeFailure(error.cause)}`);
      console.error(
        `ingest: ${batches} batch(es) were committed; in the ${phase} phase the last committed line was ${lastCommittedLine || 'none'}. ` +
          `To go on: ${error.resumeHint(file)}.`,
      );
      return 1;
    }
    throw error;
  } finally {
    await app.close().catch(() => undefined);
  }
});
