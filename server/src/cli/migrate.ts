// npm run db:migrate — applies cypher/schema.cypher and pending migrations and loads the reference
// data (the API does the same at every boot).
import { createApp } from '../app.factory.js';
import { SchemaService } from '../graph/schema.service.js';
import { runCli } from './cli-support.js';

await runCli('db:migrate', async () => {
  const { app } = await createApp({ abortOnError: false });
  try {
    console.log(`schema at version ${app.get(SchemaService).targetVersion()}; reference data loaded`);
  } finally {
    await app.close().catch(() => undefined);
  }
});
