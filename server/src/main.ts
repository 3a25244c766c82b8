import { createApp } from './app.factory.js';
import { ConfigError } from './config/config.schema.js';
import { Neo4jUnavailableError } from './graph/graph.module.js';
import { rootLogger } from './logging/logger.js';

try {
  const { app, config } = await createApp();
  await app.listen(config.PORT, config.HOST);
  rootLogger.info({ url: `http://${config.HOST}:${config.PORT}` }, 'Opspor API listening');
} catch (error) {
  if (error instanceof ConfigError || error instanceof Neo4jUnavailableError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
}
