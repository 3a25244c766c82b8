import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './app-error.js';

/** Hands expected errors to graphql-errors.ts untouched (and keeps Nest from logging them as crashes). */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError): AppError {
    return error;
  }
}
