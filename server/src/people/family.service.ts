import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { BadInputError, LimitExceededError } from '../common/app-error.js';
import { FamilyModel, toFamily } from './models/family.model.js';
import { PersonAccessService } from './person-access.service.js';
import { Clock } from '../common/clock.js';
import { dateArg } from './people.dates.js';
import { PEOPLE_LIMITS } from './people.limits.js';
import { FamilyRepository } from './people.repository.js';
import type { Caller } from './people.service.js';

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
    if (!Number.isInteger(depth) || depth < 1) throw new BadInputError('depth', 'must be a whole number of at least 1');
    if (depth > PEOPLE_LIMITS.familyDepthMax) throw new LimitExceededError('depth', PEOPLE_LIMITS.familyDepthMax, depth);
    const now = this.clock.today();
    const asOf = dateArg('asOf', asOfArg, now);
    // The family is read through its searched person: a coordinator needs that person in the
    // district; relatives elsewhere come with them (histories are seen across districts).
    const root = await this.access.readablePerson({ ...caller, operation: 'family', personId, asOf, today: now });
    const ids = await this.walk(root.id, depth);
    const [persons, kin, households, history] = await Promise.all([
      this.families.persons(ids, asOf),
      this.families.kinship(ids),
      this.families.households(ids, asOf),
      this.families.history(ids, asOf),
    ]);
    await this.audit.record({
      actor: caller.principal,
      operation: 'family',
      personIds: ids,
      purpose: caller.purpose,
      detail: { rootId: root.id, depth, asOf },
    });
    return toFamily({ rootId: root.id, asOf, depth, persons, kin, households, history });
  }

  /** Breadth-first over PARENT_OF and PARTNER_OF; stops as soon as the family outgrows the cap. */
  private async walk(rootId: string, depth: number): Promise<string[]> {
    const cap = PEOPLE_LIMITS.familyPersons;
    const seen = [rootId];
    let frontier = [rootId];
    for (let step = 0; step < depth && frontier.length > 0; step++) {
      const next = await this.families.neighbours(frontier, seen, cap - seen.length + 1);
      seen.push(...next);
      if (seen.length > cap) throw new LimitExceededError(`a family within ${depth} steps (persons)`, cap, seen.length);
      frontier = next;
    }
    return seen;
  }
}
