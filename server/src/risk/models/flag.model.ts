import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Evidence', {
  description: 'One record behind a signal, minimised: category, date, role and district — never the case summary',
})
export class EvidenceModel {
  @Field(() => String) kind!: string;
  @Field(() => String) id!: string;
  @Field(() => String) date!: string;
  @Field(() => String, { nullable: true }) category!: string | null;
  @Field(() => String, { nullable: true }) categoryLabel!: string | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => String, { nullable: true }) district!: string | null;
  @Field(() => String, { nullable: true }) municipality!: string | null;
  @Field(() => String, { nullable: true }) detail!: string | null;
  @Field(() => String, { nullable: true, description: 'case: the keyword that matched' }) matchedKeyword?: string | null;
  @Field(() => Float, { nullable: true, description: 'case: the weight of its category' }) categoryWeight?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'case: the newest case in the window' }) current?: boolean | null;
  @Field(() => String, { nullable: true, description: 'move: the address moved from' }) fromAddressId?: string | null;
  @Field(() => String, { nullable: true }) fromAddress?: string | null;
  @Field(() => String, { nullable: true, description: 'move: the address moved to' }) toAddressId?: string | null;
  @Field(() => String, { nullable: true }) toAddress?: string | null;
  @Field(() => String, { nullable: true, description: 'co-resident: the person' }) personId?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Int, { nullable: true }) age?: number | null;
  @Field(() => String, { nullable: true, description: 'co-resident: registered at the address since' }) since?: string | null;
  @Field(() => String, { nullable: true, description: 'co-resident: relation to the child' }) relation?: string | null;
}

@ObjectType('Signal', { description: 'One rule that fired, for whom, by how much, and on what evidence' })
export class SignalModel {
  @Field(() => String) ruleId!: string;
  @Field(() => String) ruleTitle!: string;
  @Field(() => String) kind!: string;
  @Field(() => Float) weight!: number;
  @Field(() => String, { nullable: true }) personId!: string | null;
  @Field(() => String, { nullable: true }) addressId!: string | null;
  @Field(() => Float) value!: number;
  @Field(() => Float) threshold!: number;
  @Field(() => Float, { description: 'value minus threshold: how far past it' }) margin!: number;
  @Field(() => String, { description: 'plain-language explanation' }) explanation!: string;
  @Field(() => [EvidenceModel]) evidence!: EvidenceModel[];
}

@ObjectType('ChildRelation')
export class ChildRelationModel {
  @Field(() => String) childId!: string;
  @Field(() => String, { description: 'parent, parent-partner, sibling or other-adult' }) relation!: string;
}

@ObjectType('FlagMember')
export class FlagMemberModel {
  @Field(() => String) personId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) sex!: string;
  @Field(() => String) birthDate!: string;
  @Field(() => Int, { description: "age on the flag's evaluation date" }) age!: number;
  @Field(() => String, { description: 'child, adult (lives with the children) or parent-elsewhere' }) relation!: string;
  @Field(() => Boolean) livesWithChildren!: boolean;
  @Field(() => [ChildRelationModel]) relations!: ChildRelationModel[];
}

@ObjectType('FlagAddress')
export class FlagAddressModel {
  @Field(() => String) id!: string;
  @Field(() => String) street!: string;
  @Field(() => String) postalCode!: string;
  @Field(() => String) city!: string;
  @Field(() => String) municipalityCode!: string;
}

@ObjectType('FlagSummary')
export class FlagSummaryModel {
  @Field(() => String) id!: string;
  @Field(() => String) status!: string;
  @Field(() => Boolean, { description: 'false when the latest evaluation no longer finds it' }) active!: boolean;
  @Field(() => Float) score!: number;
  @Field(() => String) municipalityCode!: string;
  @Field(() => String) municipalityName!: string;
  @Field(() => String) districtCode!: string;
  @Field(() => [String]) ruleIds!: string[];
  @Field(() => Int) childCount!: number;
  @Field(() => String, { nullable: true }) assignee!: string | null;
  @Field(() => String) createdAt!: string;
  @Field(() => String) updatedAt!: string;
  @Field(() => String) asOf!: string;
  @Field(() => Boolean, { description: 'raised or reopened since the user last saw the inbox' }) isNew!: boolean;
}

@ObjectType('Flag')
export class FlagModel extends FlagSummaryModel {
  @Field(() => String) scoreExplanation!: string;
  @Field(() => FlagAddressModel, { nullable: true, description: 'where the children live' }) address!: FlagAddressModel | null;
  @Field(() => [FlagMemberModel], { description: 'children first, then adults at the address, then parents living elsewhere' })
  members!: FlagMemberModel[];
  @Field(() => [SignalModel]) signals!: SignalModel[];
  @Field(() => String, { nullable: true }) dismissedAt!: string | null;
  @Field(() => String, { nullable: true }) reopenedAt!: string | null;
}

@ObjectType('StatusCount')
export class StatusCountModel {
  @Field(() => String) status!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('FlagPage')
export class FlagPageModel {
  @Field(() => [FlagSummaryModel]) items!: FlagSummaryModel[];
  @Field(() => Int) total!: number;
  @Field(() => String, { nullable: true, description: 'pass as `after` for the next page' }) endCursor!: string | null;
  @Field(() => [StatusCountModel]) statusCounts!: StatusCountModel[];
  @Field(() => String, { nullable: true, description: 'what isNew was measured against (null: first visit, everything is new)' })
  newSince!: string | null;
}
