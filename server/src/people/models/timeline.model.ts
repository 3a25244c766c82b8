import { InvolvementRoleEnum } from '../../ingest/record-enums.js';
import { Field, ObjectType } from '@nestjs/graphql';
import { FamilyEventKindEnum, TimelineEventKindEnum } from '../people-enums.js';
import type { FamilyKinRow, FamilyTimelineRow, TimelineRow } from '../people.rows.js';

@ObjectType('TimelineEvent', { description: 'A case or a move (a residence period beginning or ending)' })
export class TimelineEventModel {
  @Field(() => String, { description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => TimelineEventKindEnum, { description: 'a case, or a residence period beginning or ending' }) kind!: string;
  @Field(() => String, { nullable: true, description: 'the case’s id' }) caseId!: string | null;
  @Field(() => String, { nullable: true, description: 'a case: the category code (e.g. vold); null for a move' }) category!: string | null;
  @Field(() => String, { nullable: true, description: 'the category in Danish' }) categoryLabelDa!: string | null;
  @Field(() => String, { nullable: true, description: 'the category in English' }) categoryLabelEn!: string | null;
  @Field(() => InvolvementRoleEnum, { nullable: true, description: 'a case: the person’s role in it' }) role!: string | null;
  @Field(() => String, { nullable: true, description: 'the police district’s code (e.g. NJY)' }) districtCode!: string | null;
  @Field(() => String, { nullable: true, description: 'the address’s id' }) addressId!: string | null;
  @Field(() => String, { nullable: true, description: 'street and number' }) street!: string | null;
  @Field(() => String, { nullable: true, description: 'the postal district’s town name' }) city!: string | null;
}

@ObjectType('PersonTimeline', { description: 'The dated cases and moves of one person in a period' })
export class PersonTimelineModel {
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => String, { description: 'the first day of the period (YYYY-MM-DD, inclusive)' }) from!: string;
  @Field(() => String, { description: 'the last day of the period (YYYY-MM-DD, inclusive)' }) to!: string;
  @Field(() => [TimelineEventModel], { description: 'the cases and moves in date order' }) events!: TimelineEventModel[];
  @Field(() => Boolean, { description: 'More events exist in the range than were returned' }) truncated!: boolean;
}

export function toTimelineEvent(row: TimelineRow): TimelineEventModel {
  return {
    date: row.date,
    kind: row.kind,
    caseId: row.caseId ?? null,
    category: row.category ?? null,
    categoryLabelDa: row.labelDa ?? row.category ?? null,
    categoryLabelEn: row.labelEn ?? row.category ?? null,
    role: row.role ?? null,
    districtCode: row.districtCode ?? null,
    addressId: row.addressId ?? null,
    street: row.street ?? null,
    city: row.city ?? null,
  };
}

@ObjectType('TimelineAddress', { description: 'An address an event of a timeline names' })
export class TimelineAddressModel {
  @Field(() => String, { description: 'the address’s id' }) id!: string;
  @Field(() => String, { description: 'street and number' }) street!: string;
  @Field(() => String, { description: 'the four-digit Danish postal code' }) postalCode!: string;
  @Field(() => String, { description: 'the postal district’s town name' }) city!: string;
}

@ObjectType('FamilyTimelineEvent', { description: 'One dated event of a family: a birth, a death, a partnership event, a move or a case' })
export class FamilyTimelineEventModel {
  @Field(() => String, { description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => FamilyEventKindEnum, { description: 'what happened' })
  kind!: string;
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => String, { nullable: true, description: 'The partner, for partnership events' }) otherPersonId!: string | null;
  @Field(() => String, { nullable: true, description: 'The case (for a death: a case on the day of death)' }) caseId!: string | null;
  @Field(() => String, { nullable: true, description: 'Case category (for a death: the cause where a case says so)' })
  category!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'a finer code under the case category (e.g. online under bedrageri), when the record has one',
  })
  subcategory!: string | null;
  @Field(() => String, { nullable: true, description: 'the category in Danish' }) categoryLabelDa!: string | null;
  @Field(() => String, { nullable: true, description: 'the category in English' }) categoryLabelEn!: string | null;
  @Field(() => InvolvementRoleEnum, { nullable: true, description: 'a case: the person’s role in it' }) role!: string | null;
  @Field(() => String, { nullable: true, description: 'the police district’s code (e.g. NJY)' }) districtCode!: string | null;
  @Field(() => String, { nullable: true, description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string | null;
  @Field(() => TimelineAddressModel, { nullable: true, description: 'A move: the address lived at before (none for the first)' })
  fromAddress!: TimelineAddressModel | null;
  @Field(() => TimelineAddressModel, { nullable: true, description: 'A move: the new address' })
  toAddress!: TimelineAddressModel | null;
}

@ObjectType('FamilyTimeline', { description: 'The dated events of a family in a period' })
export class FamilyTimelineModel {
  @Field(() => String, { description: 'the person the family was built around' }) rootId!: string;
  @Field(() => String, { description: 'the first day of the period (YYYY-MM-DD, inclusive)' }) from!: string;
  @Field(() => String, { description: 'the last day of the period (YYYY-MM-DD, inclusive)' }) to!: string;
  @Field(() => [FamilyTimelineEventModel], { description: 'the events in date order; on one day births first and deaths last' })
  events!: FamilyTimelineEventModel[];
  @Field(() => Boolean, { description: 'More events exist in the range than were returned' }) truncated!: boolean;
}

const NO_CASE = {
  caseId: null,
  category: null,
  subcategory: null,
  categoryLabelDa: null,
  categoryLabelEn: null,
  role: null,
  districtCode: null,
  municipalityCode: null,
  fromAddress: null,
  toAddress: null,
} as const;

/**
 * Partnership events from the family's partnerships: a start (cohabitation or marriage) and an
 * end (separation or divorce). A cohabitation that ends the day the same pair marries has no
 * end event: it became the marriage.
 */
export function partnershipEvents(kin: readonly FamilyKinRow[], from: string, to: string): FamilyTimelineEventModel[] {
  const partners = kin.filter((k) => k.type === 'partner');
  const samePair = (x: FamilyKinRow, y: FamilyKinRow) => (x.a === y.a && x.b === y.b) || (x.a === y.b && x.b === y.a);
  const out: FamilyTimelineEventModel[] = [];
  const push = (date: string | null, kind: string, k: FamilyKinRow) => {
    if (date !== null && date >= from && date <= to) out.push({ ...NO_CASE, date, kind, personId: k.a, otherPersonId: k.b });
  };
  for (const k of partners) {
    const married = k.kind === 'married';
    push(k.from, married ? 'marriage' : 'partnership', k);
    const becameMarriage = !married && partners.some((o) => o.kind === 'married' && samePair(o, k) && o.from === k.to);
    if (!becameMarriage) push(k.to, married ? 'divorce' : 'separation', k);
  }
  return out;
}

export function toFamilyTimelineEvent(row: FamilyTimelineRow): FamilyTimelineEventModel {
  return {
    date: row.date,
    kind: row.kind,
    personId: row.personId,
    otherPersonId: null,
    caseId: row.caseId ?? null,
    category: row.category ?? null,
    subcategory: row.subcategory ?? null,
    categoryLabelDa: row.labelDa ?? row.category ?? null,
    categoryLabelEn: row.labelEn ?? row.category ?? null,
    role: row.role ?? null,
    districtCode: row.districtCode ?? null,
    municipalityCode: row.municipalityCode ?? null,
    fromAddress: row.fromAddress ?? null,
    toAddress: row.toAddress ?? null,
  };
}

const KIND_ORDER = ['birth', 'partnership', 'marriage', 'move', 'case', 'separation', 'divorce', 'death'];

/** Date order; on one day, births first and deaths last. */
export function byEventOrder(a: FamilyTimelineEventModel, b: FamilyTimelineEventModel): number {
  return (
    a.date.localeCompare(b.date) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    a.personId.localeCompare(b.personId) ||
    (a.caseId ?? '').localeCompare(b.caseId ?? '')
  );
}
