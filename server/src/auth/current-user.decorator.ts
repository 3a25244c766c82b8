import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { AppError } from '../common/app-error.js';
import { requestOf } from './request.js';
import type { Principal } from './principal.js';

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = requestOf(ctx).principal;
  if (!principal) throw new AppError('UNAUTHENTICATED', { da: 'Log ind først', en: 'Sign in first' });
  return principal;
});

/** The purpose the guard validated (only on operations whose rule requires one). */
export const Purpose = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const purpose = requestOf(ctx).purpose;
  if (!purpose) throw new AppError('PURPOSE_REQUIRED', { da: 'Angiv et formål', en: 'State a purpose' });
  return purpose;
});
