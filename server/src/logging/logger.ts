import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger } from 'pino';
import { PrettyStream } from './pretty.js';

/**
 * Headers and fields that carry credentials. Redacted wherever they appear in a log object
 * (request logs carry no headers at all; this also covers errors and objects logged by hand).
 * A new secret header goes here.
 */
export const SECRET_HEADERS = ['authorization', 'cookie', 'set-cookie', 'x-api-key', 'proxy-authorization'] as const;
const SECRET_FIELDS = ['password', 'token', 'apiKey', 'secret'] as const;

export const REDACT_PATHS: string[] = [
  ...SECRET_HEADERS.flatMap((h) => [`headers["${h}"]`, `*.headers["${h}"]`, `*.*.headers["${h}"]`]),
  ...SECRET_FIELDS.flatMap((f) => [f, `*.${f}`, `*.*.${f}`]),
];

/**
 * Where log lines go: stdout by default, pretty single lines in a development terminal.
 * Swappable so that a test can capture the exact output (setLogDestination).
 */
class SwitchableDestination implements DestinationStream {
  target: DestinationStream = process.stdout;
  write(line: string): void {
    this.target.write(line);
  }
}

const destination = new SwitchableDestination();

/** Structured JSON logs; LOG_LEVEL and the format are applied at boot through configureLogger. */
export const rootLogger: Logger = pino(
  { level: 'info', base: { service: 'opspor-api' }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
  destination,
);

export type LogFormat = 'json' | 'pretty';

/** JSON in production and when not in a terminal; pretty single lines in a development terminal. */
export function logFormatFor(nodeEnv: string, isTty: boolean, explicit?: LogFormat): LogFormat {
  if (explicit) return explicit;
  return nodeEnv === 'development' && isTty ? 'pretty' : 'json';
}

export function configureLogger(level: string, format: LogFormat = 'json'): void {
  rootLogger.level = level;
  destination.target = format === 'pretty' ? new PrettyStream(process.stdout) : process.stdout;
}

/** Sends log lines elsewhere (tests capture them); returns a function that restores the previous target. */
export function setLogDestination(target: DestinationStream): () => void {
  const previous = destination.target;
  destination.target = target;
  return () => {
    destination.target = previous;
  };
}

/** Nest's own log lines go through pino too. */
export class PinoNestLogger implements LoggerService {
  log(message: unknown, context?: string): void {
    rootLogger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    rootLogger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    rootLogger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    rootLogger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    rootLogger.trace({ context }, String(message));
  }
}
