import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { BadInputError, LimitExceededError, NotFoundError, THING, type Message } from '../common/app-error.js';
import { FamilyModel, toFamily } from './models/family.model.js';
import { byEventOrder, FamilyTimelineModel, partnershipEvents, toFamilyTimelineEvent } from './models/timeline.model.js';
import { PersonAccessService } from './person-access.service.js';
import { Clock } from '../common/clock.js';
import { dateArg } from './people.dates.js';
import { PEOPLE_LIMITS } from './people.limits.js';
import { FamilyRepository } from './people.repository.js';
import type { Caller } from './people.service.js';

/** What a too-large family is counted in, for LIMIT_EXCEEDED. */
function familyWithin(depth: number): Message {
  return { da: `en familie inden for ${depth} led (personer)`, en: `a family within ${depth} steps (persons)` };
}

/** The family view: persons within a number of kinship steps, as they were on a date. */
@Injectable()
export class FamilyService {
  constructor(
    @Inject(FamilyRepository) private readonly families: FamilyRepository,
    @Inject(PersonAccessService) private readonly access: PersonAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async family(caller: Caller, personId: string, depth: number, asOfArg: string | null | undefined): Promise<FamilyModel> {
    this.checkDepth(depth);
    const today = this.clock.today();
    const asOf = dateArg('asOf', asOfArg, today);
    // One round trip: the access check, the walk, the households and the family's state. The
    // family is read through its searched person: a coordinator needs that person in the district;
    // relatives elsewhere come with them (histories are seen across districts). Everyone registered
    // at the family's addresses on the date comes too: lodgers, a partner's child, other adults —
    // the people the view exists to notice.
    const request = { ...caller, operation: 'family', personId, asOf, today };
    const row = await this.families.family({
      personId,
      asOf,
      depth,
      cap: PEOPLE_LIMITS.familyPersons,
      householdLimit: PEOPLE_LIMITS.householdResidents,
      districtCode: caller.principal.districtCode,
      dates: PersonAccessService.dates(request),
    });
    if (!row) throw new NotFoundError(THING.person, personId);
    if (!row.visible) return this.access.refuse(request, row.root.id);
    if (row.overflow) throw new LimitExceededError(familyWithin(depth), PEOPLE_LIMITS.familyPersons, row.kinCount);
    const kinIds = new Set(row.kinIds);
    const ids = row.persons.map((p) => p.id);
    await this.audit.record({
      actor: caller.principal,
      operation: 'family',
      personIds: ids,
      purpose: caller.purpose,
      detail: { rootId: row.root.id, depth, asOf, coResidents: ids.filter((id) => !kinIds.has(id)).length },
    });
    return toFamily({ rootId: row.root.id, asOf, depth, ...row, kinIds });
  }

  /**
   * The family's events (births, deaths, partnerships, moves, cases) between two dates: the
   * kinship walk of `family`, read through the same access check and audited the same way.
   */
  async timeline(
    caller: Caller,
    personId: string,
    depth: number,
    fromArg: string | null | undefined,
    toArg: string | null | undefined,
  ): Promise<FamilyTimelineModel> {
    this.checkDepth(depth);
    const now = this.clock.today();
    const from = dateArg('from', fromArg, '1900-01-01');
    const to = dateArg('to', toArg, now);
    if (from > to) throw new BadInputError('from', { da: 'må ikke ligge efter to', en: 'must not be after to' });
    const root = await this.access.readablePerson({ ...caller, operation: 'familyTimeline', personId, asOf: to, today: now });
    const ids = await this.walk(root.id, depth);
    const cap = PEOPLE_LIMITS.familyTimelineEvents;
    const [rows, kin] = await Promise.all([this.families.timeline(ids, from, to, cap + 1), this.families.kinship(ids)]);
    await this.audit.record({
      actor: caller.principal,
      operation: 'familyTimeline',
      personIds: ids,
      purpose: caller.purpose,
      detail: { rootId: root.id, depth, from, to },
    });
    const events = [...rows.slice(0, cap).map(toFamilyTimelineEvent), ...partnershipEvents(kin, from, to)].sort(byEventOrder);
    return { rootId: root.id, from, to, events: events.slice(0, cap), truncated: rows.length > cap || events.length > cap };
  }

  private checkDepth(depth: number): void {
    if (!Number.isInteger(depth) || depth < 1)
      throw new BadInputError('depth', { da: 'skal være et helt tal på mindst 1', en: 'must be a whole number of at least 1' });
    if (depth > PEOPLE_LIMITS.familyDepthMax) throw new LimitExceededError({ field: 'depth' }, PEOPLE_LIMITS.familyDepthMax, depth);
  }

  /** Breadth-first over PARENT_OF and PARTNER_OF; stops as soon as the family outgrows the cap. */
  private async walk(rootId: string, depth: number): Promise<string[]> {
    const cap = PEOPLE_LIMITS.familyPersons;
    const seen = [rootId];
    let frontier = [rootId];
    for (let step = 0; step < depth && frontier.length > 0; step++) {
      const next = await this.families.neighbours(frontier, seen, cap - seen.length + 1);
      seen.push(...next);
      if (seen.length > cap) throw new LimitExceededError(familyWithin(depth), cap, seen.length);
      frontier = next;
    }
    return seen;
  }
}
