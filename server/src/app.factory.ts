import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { pinoHttp } from 'pino-http';
import { AppModule } from './app.module.js';
import { requestContext } from './common/request-context.js';
import { parseConfig, type AppConfig } from './config/config.schema.js';
import { clientDir } from './config/paths.js';
import { FlagMigration } from './flags/index.js';
import { SchemaService } from './graph/schema.service.js';
import { PinoNestLogger, configureLogger, rootLogger } from './logging/logger.js';
import { ReferenceService } from './reference/reference.service.js';

/**
 * Builds the API (and serves the built client when present). Used by main.ts, the CLIs and tests.
 * `abortOnError: false` (the CLIs) makes a failure at start-up (e.g. Neo4j not reachable) an error
 * the caller reports, instead of Nest logging it and exiting.
 */
export async function createApp(options: { abortOnError?: boolean } = {}): Promise<{ app: INestApplication; config: AppConfig }> {
  const config = parseConfig(process.env);
  configureLogger(config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: new PinoNestLogger(),
    bodyParser: true,
    abortOnError: options.abortOnError ?? true,
  });
  app.useBodyParser('json', { limit: '20mb' });
  app.disable('x-powered-by');
  app.use(cookieParser());
  app.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    (req as Request & { id: string }).id = requestId;
    requestContext.run({ requestId }, next);
  });
  app.use(
    pinoHttp({
      logger: rootLogger,
      genReqId: (req) => (req as Request & { id: string }).id,
      autoLogging: { ignore: (req) => req.url === '/health' },
    }),
  );
  serveClient(app, config);
  app.enableShutdownHooks();
  await app.get(SchemaService).migrate();
  await app.get(ReferenceService).load();
  await app.get(FlagMigration).run();
  return { app, config };
}

function serveClient(app: NestExpressApplication, config: AppConfig): void {
  const dir = clientDir(config);
  if (!existsSync(join(dir, 'index.html'))) return;
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health') || req.path.startsWith('/api'))
      return next();
    res.sendFile(join(dir, 'index.html'));
  });
}
