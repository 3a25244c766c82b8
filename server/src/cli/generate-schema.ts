// npm run schema:generate — writes server/schema.graphql from the code-first resolvers.
// The committed file is compared with the code by an integration test.
import { writeFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { createApp } from '../app.factory.js';
import { schemaFile } from '../config/paths.js';

const { app } = await createApp();
await app.init();
writeFileSync(schemaFile, `${printSchema(app.get(GraphQLSchemaHost).schema).trim()}\n`);
await app.close();
console.log(`wrote ${schemaFile}`);
