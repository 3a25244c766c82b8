// Reads facts back out of a set of contract records, the way the product defines them: who
// lives where on a date, address changes up to a date, case counts by category and role.
import type {
  CaseRecord,
  IngestRecord,
  InvolvementRecord,
  PartnerRecord,
  PersonRecord,
  ResidenceRecord,
} from '../../../server/src/ingest/records.js';
import { ageOn } from '../population/dates.js';

export class RecordFacts {
  readonly persons = new Map<string, PersonRecord>();
  readonly cases = new Map<string, CaseRecord>();
  readonly addressMunicipality = new Map<string, string>();
  private readonly residences = new Map<string, ResidenceRecord[]>();
  private readonly involvements = new Map<string, InvolvementRecord[]>();
  readonly parentsOf = new Map<string, string[]>();
  readonly childrenOf = new Map<string, string[]>();
  readonly partners: PartnerRecord[] = [];
  private readonly partnersBy = new Map<string, PartnerRecord[]>();

  constructor(records: readonly IngestRecord[]) {
    const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    };
    for (const r of records) {
      if (r.type === 'person') this.persons.set(r.id, r);
      else if (r.type === 'address') this.addressMunicipality.set(r.id, r.municipalityCode);
      else if (r.type === 'case') this.cases.set(r.id, r);
      else if (r.type === 'residence') push(this.residences, r.personId, r);
      else if (r.type === 'involvement') push(this.involvements, r.personId, r);
      else if (r.type === 'parent') {
        push(this.parentsOf, r.childId, r.parentId);
        push(this.childrenOf, r.parentId, r.childId);
      } else if (r.type === 'partner') {
        this.partners.push(r);
        push(this.partnersBy, r.personA, r);
        push(this.partnersBy, r.personB, r);
      }
    }
    for (const list of this.residences.values()) list.sort((a, b) => a.from.localeCompare(b.from));
  }

  person(id: string): PersonRecord {
    const p = this.persons.get(id);
    if (!p) throw new Error(`no person ${id}`);
    return p;
  }

  age(id: string, on: string): number {
    return ageOn(this.person(id).birthDate, on);
  }

  alive(id: string, on: string): boolean {
    const p = this.person(id);
    return p.birthDate <= on && (!p.deathDate || p.deathDate > on);
  }

  residencesOf(id: string): ResidenceRecord[] {
    return this.residences.get(id) ?? [];
  }

  /** The address a person lives at on a date (from <= date < to), or null. */
  addressOn(id: string, on: string): string | null {
    for (const r of this.residencesOf(id)) if (r.from <= on && (!r.to || on < r.to)) return r.addressId;
    return null;
  }

  /** Residence periods with `from` <= date, minus one: the product's "address changes". */
  addressChanges(id: string, upTo: string): number {
    return Math.max(0, this.residencesOf(id).filter((r) => r.from <= upTo).length - 1);
  }

  /** Who lives at an address on a date. */
  residentsOn(addressId: string, on: string, among: Iterable<string> = this.persons.keys()): string[] {
    return [...among].filter((id) => this.addressOn(id, on) === addressId).sort();
  }

  involvementsOf(id: string): InvolvementRecord[] {
    return this.involvements.get(id) ?? [];
  }

  /** A person's cases, optionally of one category, occurring on or before a date. */
  casesOf(id: string, filter: { category?: string; upTo?: string; role?: string } = {}): CaseRecord[] {
    return this.involvementsOf(id)
      .filter((i) => !filter.role || i.role === filter.role)
      .map((i) => this.cases.get(i.caseId) as CaseRecord)
      .filter((c) => (!filter.category || c.category === filter.category) && (!filter.upTo || c.occurredAt.slice(0, 10) <= filter.upTo));
  }

  /** Every partner record a person is part of. */
  partnershipsOf(id: string): PartnerRecord[] {
    return this.partnersBy.get(id) ?? [];
  }

  /** The partnership between two persons in force on a date, if any. */
  partnershipOn(a: string, b: string, on: string): PartnerRecord | null {
    return this.partnershipsOf(a).find((p) => (p.personA === b || p.personB === b) && p.from <= on && (!p.to || on < p.to)) ?? null;
  }

  /** Parent and child, or partners at any time. */
  related(a: string, b: string): boolean {
    return (
      (this.parentsOf.get(a) ?? []).includes(b) ||
      (this.parentsOf.get(b) ?? []).includes(a) ||
      this.partnershipsOf(a).some((p) => p.personA === b || p.personB === b)
    );
  }
}
