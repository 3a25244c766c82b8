import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { NotFoundError } from '../common/app-error.js';
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
    if (!person) throw new NotFoundError('Person', req.personId);
    const district = req.principal.districtCode;
    if (district) {
      const dates = [...new Set([req.today, ...(req.asOf ? [req.asOf] : [])])];
      const visible = await this.people.visibleToDistrict([person.id], district, dates);
      if (!visible.has(person.id)) {
        await this.audit.record({
          actor: req.principal,
          operation: req.operation,
          personIds: [person.id],
          purpose: req.purpose,
          outcome: 'denied',
          detail: { reason: 'outside district', districtCode: district },
        });
        throw new NotFoundError('Person', req.personId);
      }
    }
    return person;
  }
}
