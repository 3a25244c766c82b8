// npm run db:migrate — applies cypher/schema.cypher and pending migrations, loads reference data.
import { createApp } from '../app.factory.js';
import { SchemaService } from '../graph/schema.service.js';

const { app } = await createApp(); // createApp migrates and loads reference data
const [from, to] = [0, app.get(SchemaService).targetVersion()];
await app.close();
console.log(`schema at version ${to} (target ${to}, was checked from ${from})`);
