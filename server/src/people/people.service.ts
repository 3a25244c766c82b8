import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { ProvenanceRepository } from '../ingest/provenance.repository.js';
import { BadInputError, NotFoundError, THING } from '../common/app-error.js';
import type { Principal } from '../auth/principal.js';
import { PersonDetailModel, PersonCasePageModel, toKinship, toPersonCase, toResidence } from './models/person-detail.model.js';
import { PersonSearchPageModel, toPerson } from './models/person.model.js';
import { PersonTimelineModel, toTimelineEvent } from './models/timeline.model.js';
import { PersonAccessService } from './person-access.service.js';
import { Clock } from '../common/clock.js';
import { isIsoDate } from '@opspor/contract';
import { dateArg } from './people.dates.js';
import { PEOPLE_LIMITS } from './people.limits.js';
import { decodeCursor, encodeCursor, pageSize } from './people.paging.js';
import { PeopleRepository, type SearchScope } from './people.repository.js';
import type { PersonRow } from './people.rows.js';
import { nameQuery } from './lucene.js';

export interface Caller {
  principal: Principal;
  purpose: string;
}

/** Person reads. Each one checks access, then audits every returned person id before returning. */
@Injectable()
export class PeopleService {
  constructor(
    @Inject(PeopleRepository) private readonly people: PeopleRepository,
    @Inject(PersonAccessService) private readonly access: PersonAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(ProvenanceRepository) private readonly provenance: ProvenanceRepository,
  ) {}

  async person(caller: Caller, id: string): Promise<PersonDetailModel> {
    const request = { ...caller, operation: 'person', personId: id, today: this.clock.today() };
    // one round trip for the access check, residences and kinship; provenance (the ingest's) after it
    const row = await this.people.detail({
      id,
      districtCode: caller.principal.districtCode,
      dates: PersonAccessService.dates(request),
      residenceLimit: PEOPLE_LIMITS.residences + 1,
      kinLimit: PEOPLE_LIMITS.kin,
    });
    if (!row) throw new NotFoundError(THING.person, id);
    if (!row.visible) return this.access.refuse(request, row.person.id);
    const { person, residences } = row;
    const provenance = await this.provenance.forPerson(person.id, PEOPLE_LIMITS.provenance);
    const kin = toKinship(row.kinship);
    const kinIds = [...kin.parents, ...kin.children, ...kin.partners.map((p) => p.person)].map((p) => p.id);
    await this.audit.record({ actor: caller.principal, operation: 'person', personIds: [person.id, ...kinIds], purpose: caller.purpose });
    return {
      ...toPerson(person),
      residences: residences.slice(0, PEOPLE_LIMITS.residences).map(toResidence),
      residencesTruncated: residences.length > PEOPLE_LIMITS.residences,
      kinship: kin,
      provenance,
    };
  }

  async search(caller: Caller, text: string, first: number, after: string | null | undefined): Promise<PersonSearchPageModel> {
    const trimmed = text.trim();
    if (trimmed.length < PEOPLE_LIMITS.searchTextMin || trimmed.length > PEOPLE_LIMITS.searchTextMax) {
      throw new BadInputError('text', {
        da: `skal være ${PEOPLE_LIMITS.searchTextMin} til ${PEOPLE_LIMITS.searchTextMax} tegn`,
        en: `must be ${PEOPLE_LIMITS.searchTextMin} to ${PEOPLE_LIMITS.searchTextMax} characters`,
      });
    }
    const size = pageSize('first', first, PEOPLE_LIMITS.searchPage);
    const offset = decodeCursor(after);
    const scope: SearchScope = { districtCode: caller.principal.districtCode, today: this.clock.today() };
    const { mode, rows } = await this.searchRows(trimmed, scope, offset, size + 1);
    const items = rows.slice(0, size).map(toPerson);
    await this.audit.record({
      actor: caller.principal,
      operation: 'searchPersons',
      personIds: items.map((p) => p.id),
      purpose: caller.purpose,
      detail: { mode, offset },
    });
    const hasNextPage = rows.length > size;
    return { items, hasNextPage, endCursor: hasNextPage ? encodeCursor(offset + size) : null, mode };
  }

  /** A birth date (YYYY-MM-DD), else an exact id, else words of a name. */
  private async searchRows(text: string, scope: SearchScope, offset: number, limit: number): Promise<{ mode: string; rows: PersonRow[] }> {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
      if (!isIsoDate(text)) throw new BadInputError('text', { da: 'er ikke en gyldig dato', en: 'is not a real date' });
      return { mode: 'birthDate', rows: await this.people.searchByBirthDate(text, scope, offset, limit) };
    }
    if (offset === 0 && !/\s/.test(text)) {
      const byId = await this.people.searchById(text, scope);
      if (byId.length > 0) return { mode: 'id', rows: byId };
    }
    const query = nameQuery(text);
    if (!query) throw new BadInputError('text', { da: 'har ingen ord at søge efter', en: 'has no words to search for' });
    return { mode: 'name', rows: await this.people.searchByName(query, scope, offset, limit) };
  }

  async cases(caller: Caller, personId: string, first: number, after: string | null | undefined): Promise<PersonCasePageModel> {
    const size = pageSize('first', first, PEOPLE_LIMITS.casePage);
    const offset = decodeCursor(after);
    const person = await this.access.readablePerson({ ...caller, operation: 'personCases', personId, today: this.clock.today() });
    const [rows, totalCount] = await Promise.all([this.people.cases(person.id, offset, size + 1), this.people.caseCount(person.id)]);
    await this.audit.record({ actor: caller.principal, operation: 'personCases', personIds: [person.id], purpose: caller.purpose });
    const hasNextPage = rows.length > size;
    return {
      items: rows.slice(0, size).map(toPersonCase),
      totalCount,
      hasNextPage,
      endCursor: hasNextPage ? encodeCursor(offset + size) : null,
    };
  }

  async timeline(caller: Caller, personId: string, fromArg: string | null | undefined, toArg: string | null | undefined) {
    const now = this.clock.today();
    const from = dateArg('from', fromArg, '1900-01-01');
    const to = dateArg('to', toArg, now);
    if (from > to) throw new BadInputError('from', { da: 'må ikke ligge efter to', en: 'must not be after to' });
    const person = await this.access.readablePerson({ ...caller, operation: 'personTimeline', personId, asOf: to, today: now });
    const rows = await this.people.timeline(person.id, from, to, PEOPLE_LIMITS.timelineEvents + 1);
    await this.audit.record({ actor: caller.principal, operation: 'personTimeline', personIds: [person.id], purpose: caller.purpose });
    const result: PersonTimelineModel = {
      personId: person.id,
      from,
      to,
      events: rows.slice(0, PEOPLE_LIMITS.timelineEvents).map(toTimelineEvent),
      truncated: rows.length > PEOPLE_LIMITS.timelineEvents,
    };
    return result;
  }
}
