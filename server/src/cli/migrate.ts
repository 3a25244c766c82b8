// npm run db:migrate — applies cypher/schema.cypher and pending migrations and loads the reference
// data (the API does the same at every boot).
import { createApp } from '../app.factory.js';
import { SchemaService } from '../graph/schema.service.js';

const { app } = await createApp();
console.log(`schema at version ${app.get(SchemaService).targetVersion()}; reference data loaded`);
await app.close();
