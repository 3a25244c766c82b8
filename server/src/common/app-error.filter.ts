import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { AppError } from './app-error.js';
import { sendHttpError } from './http-status.js';
import { currentRequestId } from './request-context.js';
import { rootLogger } from '../logging/logger.js';

/**
 * GraphQL: hands expected errors to graphql-errors.ts untouched (and keeps Nest from logging them
 * as crashes). REST: answers with the code's HTTP status (401, 403, 429 with Retry-After, …).
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): AppError | undefined {
    if (host.getType<string>() !== 'http') return error;
    const res = host.switchToHttp().getResponse<Response>();
    if (error.code === 'INTERNAL' || error.code.endsWith('_UNAVAILABLE')) rootLogger.error({ err: error }, 'request failed');
    sendHttpError(res, error, currentRequestId());
    return undefined;
  }
}
