import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';

/** Structured JSON logs; LOG_LEVEL is applied at boot through configureLogger. */
export const rootLogger: Logger = pino({ level: 'info', base: { service: 'opspor-api' } });

export function configureLogger(level: string): void {
  rootLogger.level = level;
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
