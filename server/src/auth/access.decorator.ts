import { SetMetadata } from '@nestjs/common';
import type { Role } from './roles.js';

export const ACCESS_RULE = 'opspor:access';

/**
 * Every GraphQL operation and every REST route declares who may call it (deny by default: the
 * global AccessGuard refuses a handler without a rule). `purpose: true` additionally requires the
 * x-opspor-purpose header (reads of person data). Operations without a rule are refused, and a
 * test walks the schema to make sure none is missing.
 */
export interface AccessRule {
  roles: readonly Role[] | 'public' | 'authenticated';
  purpose?: boolean;
  /** an extra, stricter rate limit on top of the per-user one (see AccessGuard) */
  limit?: NamedLimit;
}

/** signIn: per client IP and across all clients; reports: per user (documents are costly to make). */
export type NamedLimit = 'signIn' | 'reports';

export const Access = (rule: AccessRule) => SetMetadata(ACCESS_RULE, rule);

/** A route or operation anyone may call, without a session (e.g. /health, the public schema). */
export const Public = () => Access({ roles: 'public' });
