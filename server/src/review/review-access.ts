import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { NotFoundError } from '../common/app-error.js';
import { GraphService } from '../graph/graph.service.js';
import { FlagsService } from '../risk/flags.service.js';
import type { FlagStateRow } from './review.rows.js';

/** Roles that take decisions on flags; analysts read them but do not decide. */
export const DECIDERS = ['coordinator', 'admin'] as const;
export const READERS = ['coordinator', 'admin', 'analyst'] as const;

/**
 * Loads a flag for the review workflow with the same scoping as the flag views: a coordinator of
 * another district gets NOT_FOUND, exactly as for a flag that does not exist, and the attempt is
 * audited.
 */
@Injectable()
export class ReviewAccess {
  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(FlagsService) private readonly flags: FlagsService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async load(principal: Principal, flagId: string, operation: string, purpose: string | null): Promise<FlagStateRow> {
    const id = flagId.slice(0, 200);
    const [row] = await this.graph.read<FlagStateRow>('review/flag-state', { id });
    const scope = this.flags.scopeOf(principal);
    if (!row || (scope !== null && row.flag.districtCode !== scope)) {
      if (row)
        await this.audit.record({ actor: principal, operation, purpose, outcome: 'denied', detail: { flagId: id, reason: 'district' } });
      throw new NotFoundError('Flag', id);
    }
    return { ...row, members: row.members.filter((m) => m !== null) };
  }
}
