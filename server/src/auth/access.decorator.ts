import { SetMetadata } from '@nestjs/common';
import type { Role } from './roles.js';

export const ACCESS_RULE = 'opspor:access';

/**
 * Every GraphQL operation declares who may call it. `purpose: true` additionally requires the
 * x-opspor-purpose header (reads of person data). Operations without a rule are refused, and a
 * test walks the schema to make sure none is missing.
 */
export interface AccessRule {
  roles: readonly Role[] | 'public' | 'authenticated';
  purpose?: boolean;
}

export const Access = (rule: AccessRule) => SetMetadata(ACCESS_RULE, rule);
