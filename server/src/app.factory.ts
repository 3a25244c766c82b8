import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import { pinoHttp } from 'pino-http';
import { AppModule } from './app.module.js';
import { AuditService } from './audit/audit.service.js';
import { langOfHeader } from './common/lang.js';
import { requestContext } from './common/request-context.js';
import { bodyErrorHandler, graphqlBodyParsers } from './common/request-limits.js';
import { isLoopbackHost, parseConfig, type AppConfig } from './config/config.schema.js';
import { securityHeaders } from './common/security-headers.js';
import { clientDir } from './config/paths.js';
import { FlagMigration } from './flags/index.js';
import { SchemaService } from './graph/schema.service.js';
import { PinoNestLogger, configureLogger, logFormatFor, rootLogger } from './logging/logger.js';
import { ReferenceService } from './reference/reference.service.js';

/**
 * Neo4j timeouts for batch work (the ingest and scan CLIs): they may wait out a busy or restarting
 * database, unlike a request, which answers DATABASE_UNAVAILABLE within about two seconds.
 */
const PATIENT_NEO4J = { NEO4J_MAX_RETRY_MS: '30000', NEO4J_ACQUISITION_TIMEOUT_MS: '60000', NEO4J_CONNECTION_TIMEOUT_MS: '5000' };

/**
 * Builds the API (and serves the built client when present). Used by main.ts, the CLIs and tests.
 * `patient`: batch work that may wait for Neo4j (said on stderr); values set in the environment win.
 * `abortOnError: false` (the CLIs) makes a failure at start-up (e.g. Neo4j not reachable) an error
 * the caller reports, instead of Nest logging it and exiting.
 */
export async function createApp(
  options: { patient?: boolean; abortOnError?: boolean } = {},
): Promise<{ app: INestApplication; config: AppConfig }> {
  if (options.patient) {
    for (const [key, value] of Object.entries(PATIENT_NEO4J)) process.env[key] ??= value;
    console.error(`Neo4j: waiting up to ${Number(process.env.NEO4J_MAX_RETRY_MS) / 1000} s for the database when it is busy or restarting`);
  }
  const config = parseConfig(process.env);
  configureLogger(config.LOG_LEVEL, logFormatFor(config.NODE_ENV, Boolean(process.stdout.isTTY), config.LOG_FORMAT));
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: new PinoNestLogger(),
    bodyParser: false,
    abortOnError: options.abortOnError ?? true,
  });
  app.disable('x-powered-by');
  app.use(securityHeaders({ loopback: isLoopbackHost(config.HOST) }));
  app.use(cookieParser());
  // Body size limits before anything else reads the body (issue 14 item 5)
  const limits = { graphqlBytes: config.OPSPOR_GRAPHQL_MAX_BODY_KB * 1024, ingestBytes: config.OPSPOR_INGEST_MAX_BODY_MB * 1024 * 1024 };
  app.use('/graphql', ...graphqlBodyParsers(limits));
  app.use(express.json({ limit: '100kb' }), express.urlencoded({ extended: false, limit: '100kb' }));
  app.use(bodyErrorHandler(limits));
  app.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.headers['x-request-id'];
    const requestId = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    (req as Request & { id: string }).id = requestId;
    requestContext.run({ requestId, errorLang: langOfHeader(req.headers['accept-language'], 'en') }, next);
  });
  app.use(
    pinoHttp({
      logger: rootLogger,
      genReqId: (req) => (req as Request & { id: string }).id,
      autoLogging: { ignore: (req) => req.url === '/health' },
      // method, path, status, duration and request id: never headers, cookies or the query string
      serializers: {
        req: (req: { id?: unknown; method?: string; url?: string }) => ({
          id: req.id,
          method: req.method,
          path: (req.url ?? '').split('?')[0],
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  serveClient(app, config);
  app.enableShutdownHooks();
  await app.get(SchemaService).migrate();
  await app.get(AuditService).prepare();
  await app.get(ReferenceService).load();
  await app.get(FlagMigration).run();
  return { app, config };
}

function serveClient(app: NestExpressApplication, config: AppConfig): void {
  const dir = clientDir(config);
  if (!existsSync(join(dir, 'index.html'))) return;
  // source maps are built for debugging but not published in production
  if (config.NODE_ENV === 'production') {
    app.use((req: Request, res: Response, next: NextFunction) => (req.path.endsWith('.map') ? res.status(404).end() : next()));
  }
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/health') || req.path.startsWith('/api'))
      return next();
    res.sendFile(join(dir, 'index.html'));
  });
}
