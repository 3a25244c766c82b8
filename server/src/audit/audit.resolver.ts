import { Inject } from '@nestjs/common';
import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { BadInputError, LimitExceededError } from '../common/app-error.js';
import { isIsoDate, isIsoDateTime } from '@opspor/contract';
import { AuditService } from './audit.service.js';
import { AuditEventModel, AuditVerificationModel, PersonLookupModel } from './models/audit-event.model.js';

/** The audit log, for admins. Reading it is itself audited. */
@Resolver()
export class AuditResolver {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Access({ roles: ['admin'] })
  @Query(() => [AuditEventModel], { description: 'Newest first; page with `beforeSeq`' })
  async auditLog(
    @CurrentPrincipal() principal: Principal,
    @Args('first', { description: 'how many to return at most', type: () => Int, defaultValue: 50 }) first: number,
    @Args('beforeSeq', { description: 'only entries before this sequence number (the next page back)', type: () => Int, nullable: true })
    beforeSeq: number | null,
    @Args('actor', { description: 'only entries by this user', type: () => String, nullable: true }) actor: string | null,
    @Args('operation', { description: 'only entries of this operation', type: () => String, nullable: true }) operation: string | null,
    @Args('personId', { description: 'the person’s id', type: () => String, nullable: true }) personId: string | null,
    @Args('from', { description: 'only entries from this day (YYYY-MM-DD) or instant', type: () => String, nullable: true })
    from: string | null,
    @Args('to', { description: 'only entries up to this day (inclusive) or instant', type: () => String, nullable: true })
    to: string | null,
  ): Promise<AuditEventModel[]> {
    if (first < 1 || first > 500) throw new LimitExceededError({ field: 'first' }, 500, first);
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (value != null && !isIsoDate(value) && !isIsoDateTime(value)) {
        throw new BadInputError(field, {
          da: 'skal være en dato (ÅÅÅÅ-MM-DD) eller et tidspunkt med tidszone (2026-03-01T10:00:00+01:00)',
          en: 'must be a date (YYYY-MM-DD) or a date-time with an offset (2026-03-01T10:00:00+01:00)',
        });
      }
    }
    const filter = { actor, operation, personId, from, to, beforeSeq };
    await this.audit.record({ actor: principal, operation: 'auditLog', detail: filter });
    const events = await this.audit.search({ ...filter, limit: first });
    // The persons' names are person data: the ones about to be shown are recorded before they are returned.
    const named = [...new Set(events.flatMap((e) => e.persons.filter((p) => p.name != null).map((p) => p.id)))];
    if (named.length > 0) await this.audit.record({ actor: principal, operation: 'auditLogPersons', personIds: named });
    // The actors are staff accounts and API keys, not person data: named in one look-up for the page.
    const actors = await this.audit.actorNames(events);
    return events.map((e) => {
      const who = actors.get(e.actor);
      return { ...e, actorKind: who?.kind ?? 'unknown', actorName: who?.name ?? null };
    });
  }

  @Access({ roles: ['admin'] })
  @Query(() => [PersonLookupModel], { description: 'Data-subject access: every look-up of one person, with dates and purposes' })
  async personAccessLog(
    @CurrentPrincipal() principal: Principal,
    @Args('personId', { description: 'the person’s id', type: () => String }) personId: string,
  ): Promise<PersonLookupModel[]> {
    await this.audit.record({ actor: principal, operation: 'personAccessLog', personIds: [personId], purpose: 'Aktindsigt (registreret)' });
    return this.audit.personLookups(personId);
  }

  @Access({ roles: ['admin'] })
  @Query(() => AuditVerificationModel, { description: 'Checks the hash chain of the audit log' })
  async verifyAuditLog(@CurrentPrincipal() principal: Principal): Promise<AuditVerificationModel> {
    await this.audit.record({ actor: principal, operation: 'verifyAuditLog' });
    const { checked, problem } = await this.audit.verify();
    return { intact: !problem, checked, problem: problem?.kind ?? null, problemSeq: problem?.seq ?? null };
  }
}
