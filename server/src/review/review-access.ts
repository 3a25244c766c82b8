import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, NotFoundError, THING } from '../common/app-error.js';
import { FlagsService, decodeMembers, joinMembers } from '../flags/index.js';
import { GraphService } from '../graph/graph.service.js';
import type { FlagState, FlagStateRow } from './review.rows.js';

/** Roles that take decisions on flags; analysts read them but do not decide. */
export const DECIDERS = ['coordinator', 'admin'] as const;
export const READERS = ['coordinator', 'admin', 'analyst'] as const;

/**
 * Loads a flag for the review workflow with the same scoping as the flag views: a coordinator of
 * a district that neither owns the flag nor registered a case in its evidence gets NOT_FOUND,
 * exactly as for a flag that does not exist; a district that only registered a case reads but does
 * not decide (FORBIDDEN, naming the owner). Every refusal is audited.
 */
@Injectable()
export class ReviewAccess {
  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(FlagsService) private readonly flags: FlagsService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async load(
    principal: Principal,
    flagId: string,
    operation: string,
    purpose: string | null,
    mode: 'read' | 'decide' = 'decide',
    reportId: string | null = null,
  ): Promise<FlagState> {
    const id = flagId.slice(0, 200);
    const [row] = await this.graph.read<FlagStateRow>('review/flag-state', { id, reportId });
    const access = row ? this.flags.accessTo(principal, row.flag) : null;
    if (!row || !access) {
      if (row)
        await this.audit.record({ actor: principal, operation, purpose, outcome: 'denied', detail: { flagId: id, reason: 'district' } });
      throw new NotFoundError(THING.flag, id);
    }
    if (mode === 'decide' && access !== 'decide') {
      await this.audit.record({ actor: principal, operation, purpose, outcome: 'denied', detail: { flagId: id, reason: 'read-only' } });
      throw new AppError(
        'FORBIDDEN',
        {
          da: `Markeringen ejes af politikredsen, hvor børnene bor (${row.flag.districtCode}): din kreds må læse den, fordi den har registreret en sag i dens grundlag, men ejeren beslutter`,
          en: `This flag is owned by district ${row.flag.districtCode}, where the children live: your district may read it because it registered a case in its evidence, but the owner decides`,
        },
        { ownerDistrictCode: row.flag.districtCode },
      );
    }
    const { persons, ...rest } = row;
    return { ...rest, members: joinMembers(decodeMembers(row.flag.members), persons) };
  }
}
