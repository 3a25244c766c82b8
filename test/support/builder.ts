import type { IngestRecord, InvolvementRole, PartnerKind, Sex } from '../../server/src/ingest/records.js';

/** Small hand-written families for tests, in the contract format, every id under one prefix. */
export class RecordBuilder {
  readonly records: IngestRecord[] = [];
  private caseNo: number;

  /** firstCase: where case numbering starts (a second builder adding to the same family starts past the first's cases) */
  constructor(
    readonly prefix: string,
    firstCase = 0,
  ) {
    this.caseNo = firstCase;
  }

  id(local: string): string {
    return `${this.prefix}${local}`;
  }

  person(local: string, sex: Sex, birthDate: string, deathDate?: string): this {
    this.records.push({ type: 'person', id: this.id(local), name: `Test ${local}`, sex, birthDate, ...(deathDate ? { deathDate } : {}) });
    return this;
  }

  address(local: string, municipalityCode = '851'): this {
    this.records.push({
      type: 'address',
      id: this.id(local),
      street: `Prøvevej ${local}`,
      postalCode: '9000',
      city: 'Aalborg',
      municipalityCode,
    });
    return this;
  }

  lives(person: string, address: string, from: string, to?: string): this {
    this.records.push({ type: 'residence', personId: this.id(person), addressId: this.id(address), from, ...(to ? { to } : {}) });
    return this;
  }

  parent(parent: string, child: string): this {
    this.records.push({ type: 'parent', parentId: this.id(parent), childId: this.id(child) });
    return this;
  }

  partner(a: string, b: string, kind: PartnerKind, from: string, to?: string): this {
    this.records.push({ type: 'partner', personA: this.id(a), personB: this.id(b), kind, from, ...(to ? { to } : {}) });
    return this;
  }

  case(
    category: string,
    date: string,
    involved: [string, InvolvementRole][],
    district = 'NJY',
    extra: { summary?: string; keywords?: string[] } = {},
  ): string {
    this.caseNo += 1;
    const id = this.id(`case${this.caseNo}`);
    this.records.push({
      type: 'case',
      id,
      journalNo: `5100-80120-${String(this.caseNo).padStart(5, '0')}-24`,
      category,
      occurredAt: `${date}T12:00:00+01:00`,
      policeDistrictCode: district,
      ...extra,
    });
    for (const [person, role] of involved) this.records.push({ type: 'involvement', caseId: id, personId: this.id(person), role });
    return id;
  }

  /** A series of moves for a person, one every `everyDays` days from `start`. */
  moves(person: string, count: number, start: string, everyDays: number, municipalityCode = '851'): this {
    let from = new Date(`${start}T00:00:00Z`);
    for (let i = 0; i < count; i += 1) {
      const local = `${person}-home${i}`;
      const next = new Date(from.getTime() + everyDays * 86_400_000);
      this.address(local, municipalityCode);
      this.lives(person, local, from.toISOString().slice(0, 10), i < count - 1 ? next.toISOString().slice(0, 10) : undefined);
      from = next;
    }
    return this;
  }
}
