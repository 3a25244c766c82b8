import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { NotFoundError, THING } from '../common/app-error.js';
import type { Principal } from '../auth/principal.js';
import { PeopleRepository } from './people.repository.js';
import type { PersonRow } from './people.rows.js';

export interface ReadRequest {
  principal: Principal;
  purpose: string;
  operation: string;
  personId: string;
  /** the date the caller asks about (besides today), e.g. a family's asOf */
  asOf?: string;
  today: string;
}

/**
 * Who may read which person. National roles read everyone; a coordinator reads a person who
 * lives in the district (today or on the asked date) or belongs to a flag of the district. A
 * refused read looks exactly like a missing person to the caller, and is audited as denied.
 */
@Injectable()
export class PersonAccessService {
  constructor(
    @Inject(PeopleRepository) private readonly people: PeopleRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** The person, when it exists and the principal may read it; NOT_FOUND otherwise. */
  async readablePerson(req: ReadRequest): Promise<PersonRow> {
    const person = await this.people.person(req.personId);
    if (!person) throw new NotFoundError(THING.person, req.personId);
    const district = req.principal.districtCode;
    if (district) {
      const visible = await this.people.visibleToDistrict([person.id], district, PersonAccessService.dates(req));
      if (!visible.has(person.id)) await this.refuse(req, person.id);
    }
    return person;
  }

  /** A coordinator's read of a person outside the district: audited as denied, answered as missing. */
  async refuse(req: ReadRequest, personId: string): Promise<never> {
    const districtCode = req.principal.districtCode;
    await this.audit.record({
      actor: req.principal,
      operation: req.operation,
      personIds: [personId],
      purpose: req.purpose,
      outcome: 'denied',
      detail: { reason: 'outside district', districtCode },
    });
    throw new NotFoundError(THING.person, req.personId);
  }

  /** The dates a coordinator's read is checked on: today and the asked date. */
  static dates(req: Pick<ReadRequest, 'today' | 'asOf'>): string[] {
    return [...new Set([req.today, ...(req.asOf ? [req.asOf] : [])])];
  }
}
