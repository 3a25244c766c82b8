import { Inject, Injectable } from '@nestjs/common';
import { GraphService } from '../graph/graph.service.js';
import type { FamilyKinRow, FamilyRow, FamilyTimelineRow, PersonCaseRow, PersonDetailRow, PersonRow, TimelineRow } from './people.rows.js';

/** Search scope: a coordinator's district (null: national) and today's date for "lives there now". */
export interface SearchScope {
  districtCode: string | null;
  today: string;
}

/** Reads of persons, kinship and residence; every query is a file in cypher/people/. */
@Injectable()
export class PeopleRepository {
  constructor(@Inject(GraphService) private readonly graph: GraphService) {}

  async person(id: string): Promise<PersonRow | undefined> {
    const [row] = await this.graph.read<PersonRow & Record<string, unknown>>('people/person', { id });
    return row;
  }

  /** The ids among `ids` that a coordinator of `districtCode` may read on any of `dates`. */
  async visibleToDistrict(ids: string[], districtCode: string, dates: string[]): Promise<Set<string>> {
    const rows = await this.graph.read<{ id: string }>('people/visible-to-district', { ids, districtCode, dates });
    return new Set(rows.map((r) => r.id));
  }

  async searchByName(query: string, scope: SearchScope, offset: number, limit: number): Promise<PersonRow[]> {
    return this.graph.read<PersonRow & Record<string, unknown>>('people/search-by-name', { query, ...scope, offset, limit });
  }

  async searchByBirthDate(birthDate: string, scope: SearchScope, offset: number, limit: number): Promise<PersonRow[]> {
    return this.graph.read<PersonRow & Record<string, unknown>>('people/search-by-birth-date', { birthDate, ...scope, offset, limit });
  }

  async searchById(id: string, scope: SearchScope): Promise<PersonRow[]> {
    return this.graph.read<PersonRow & Record<string, unknown>>('people/search-by-id', { id, ...scope });
  }

  /**
   * The person view in one round trip (see cypher/people/person-detail.cypher): undefined when the
   * person does not exist; residences and kinship stay empty when `visible` is false.
   */
  async detail(params: {
    id: string;
    districtCode: string | null;
    dates: string[];
    residenceLimit: number;
    kinLimit: number;
  }): Promise<PersonDetailRow | undefined> {
    const [row] = await this.graph.read<PersonDetailRow>('people/person-detail', params);
    return row;
  }

  async cases(id: string, offset: number, limit: number): Promise<PersonCaseRow[]> {
    return this.graph.read<PersonCaseRow & Record<string, unknown>>('people/cases', { id, offset, limit });
  }

  async caseCount(id: string): Promise<number> {
    const [row] = await this.graph.read<{ total: number }>('people/case-count', { id });
    return row?.total ?? 0;
  }

  async timeline(id: string, from: string, to: string, limit: number): Promise<TimelineRow[]> {
    return this.graph.read<TimelineRow & Record<string, unknown>>('people/timeline', { id, from, to, limit });
  }
}

/** Reads of a family: the kinship walk and the family's state on a date. */
@Injectable()
export class FamilyRepository {
  constructor(@Inject(GraphService) private readonly graph: GraphService) {}

  /**
   * The whole family view in one round trip (see cypher/people/family.cypher): undefined when the
   * person does not exist. `districtCode` (a coordinator's) limits whom the family may be read through.
   */
  async family(params: {
    personId: string;
    asOf: string;
    depth: number;
    cap: number;
    householdLimit: number;
    districtCode: string | null;
    dates: string[];
  }): Promise<FamilyRow | undefined> {
    const [row] = await this.graph.read<FamilyRow>('people/family', params);
    return row;
  }

  /** Persons one kinship step from `ids`, not in `seen`; at most `limit`. */
  async neighbours(ids: string[], seen: string[], limit: number): Promise<string[]> {
    const rows = await this.graph.read<{ id: string }>('people/family-neighbours', { ids, seen, limit });
    return rows.map((r) => r.id);
  }

  async kinship(ids: string[]): Promise<FamilyKinRow[]> {
    return this.graph.read<FamilyKinRow & Record<string, unknown>>('people/family-kinship', { ids });
  }

  async timeline(ids: string[], from: string, to: string, limit: number): Promise<FamilyTimelineRow[]> {
    return this.graph.read<FamilyTimelineRow & Record<string, unknown>>('people/family-timeline', { ids, from, to, limit });
  }
}
