import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AppError } from '../common/app-error.js';
import type { GqlContext } from './request.js';
import type { Principal } from './principal.js';

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = GqlExecutionContext.create(ctx).getContext<GqlContext>().req.principal;
  if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  return principal;
});

/** The purpose the guard validated (only on operations whose rule requires one). */
export const Purpose = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const purpose = GqlExecutionContext.create(ctx).getContext<GqlContext>().req.purpose;
  if (!purpose) throw new AppError('PURPOSE_REQUIRED', 'State a purpose');
  return purpose;
});
