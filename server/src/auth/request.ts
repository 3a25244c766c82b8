import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { Principal } from './principal.js';

/** The Express request as it passes the access guard. */
export interface OpsporRequest extends Request {
  principal?: Principal;
  purpose?: string;
}

export interface GqlContext {
  req: OpsporRequest;
  res: Response;
}

/** The request behind a GraphQL operation or a REST route. */
export function requestOf(context: ExecutionContext): OpsporRequest {
  return context.getType<string>() === 'graphql'
    ? GqlExecutionContext.create(context).getContext<GqlContext>().req
    : context.switchToHttp().getRequest<OpsporRequest>();
}
