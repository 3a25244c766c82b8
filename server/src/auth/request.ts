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
