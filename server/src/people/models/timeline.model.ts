import { Field, ObjectType } from '@nestjs/graphql';
import type { TimelineRow } from '../people.rows.js';

@ObjectType('TimelineEvent', { description: 'A case or a move (a residence period beginning or ending)' })
export class TimelineEventModel {
  @Field(() => String, { description: 'YYYY-MM-DD' }) date!: string;
  @Field(() => String, { description: 'case, move-in or move-out' }) kind!: string;
  @Field(() => String, { nullable: true }) caseId!: string | null;
  @Field(() => String, { nullable: true }) category!: string | null;
  @Field(() => String, { nullable: true }) categoryLabelDa!: string | null;
  @Field(() => String, { nullable: true }) categoryLabelEn!: string | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => String, { nullable: true }) districtCode!: string | null;
  @Field(() => String, { nullable: true }) addressId!: string | null;
  @Field(() => String, { nullable: true }) street!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
}

@ObjectType('PersonTimeline')
export class PersonTimelineModel {
  @Field(() => String) personId!: string;
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => [TimelineEventModel]) events!: TimelineEventModel[];
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
