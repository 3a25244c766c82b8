import { IndicatorKindEnum } from './indicator-enums.js';
import { FamilyAnswerEnum, SupportEventKindEnum, SupportFlagStatusEnum } from './municipal-enums.js';
import { DateScalar, DateTimeScalar } from '../common/graphql-scalars.js';
import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { FlagMemberModel, SignalModel } from '../flags/index.js';

@ObjectType('SharingBasis', {
  description: 'A named legal basis under which one source shares data with another organisation, for a purpose, until a date',
})
export class SharingBasisModel {
  @Field(() => String) id!: string;
  @Field(() => String) legalBasis!: string;
  @Field(() => String, { description: 'the purpose stated for it' }) purpose!: string;
  @Field(() => String, { description: "'police' or 'municipality:<code>'" }) fromSource!: string;
  @Field(() => String, { description: "'police', 'district:<code>' or 'municipality:<code>'" }) toOrg!: string;
  @Field(() => String) validFrom!: string;
  @Field(() => String, { description: 'first day it no longer applies' }) validUntil!: string;
  @Field(() => String) createdBy!: string;
  @Field(() => String, { nullable: true, description: 'why it was ended early (set when it was)' }) endReason?: string | null;
  @Field(() => String, { nullable: true }) endedBy?: string | null;
}

@InputType({ description: 'A new legal basis for sharing data between police and a municipality' })
export class SharingBasisInput {
  @Field(() => String) legalBasis!: string;
  @Field(() => String, { description: 'the purpose stated for it' }) purpose!: string;
  @Field(() => String) fromSource!: string;
  @Field(() => String) toOrg!: string;
  @Field(() => String) validFrom!: string;
  @Field(() => String) validUntil!: string;
}

@ObjectType('SupportFlagSummary', { description: 'A support flag as the support inbox lists it' })
export class SupportFlagSummaryModel {
  @Field(() => String) id!: string;
  @Field(() => SupportFlagStatusEnum) status!: string;
  @Field(() => Boolean) active!: boolean;
  @Field(() => Float, { description: 'the sum of the weights of the signals' }) score!: number;
  @Field(() => [String], { description: 'the rules that fired' }) ruleIds!: string[];
  @Field(() => Int, { description: 'how many children it is about' }) childCount!: number;
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
  @Field(() => DateTimeScalar, { description: 'when it was created' }) createdAt!: string;
  @Field(() => DateScalar) asOf!: string;
}

@ObjectType('SupportFlagPage', { description: 'One page of support flags' })
export class SupportFlagPageModel {
  @Field(() => [SupportFlagSummaryModel], { description: 'the entries of this page' }) items!: SupportFlagSummaryModel[];
  @Field(() => Int, { description: 'how many there are in all' }) total!: number;
  @Field(() => String, { nullable: true, description: 'pass as `after` for the next page (null: no more)' }) endCursor!: string | null;
}

@ObjectType('SupportDecision', { description: 'A caseworker’s decision on a support flag, with the note' })
export class SupportDecisionModel {
  @Field(() => String, { description: 'when it happened' }) at!: string;
  @Field(() => String, { description: 'who did it (username)' }) actor!: string;
  @Field(() => SupportEventKindEnum, { description: 'the decision, or FAMILY_ and the family’s answer' }) decision!: string;
  @Field(() => String) note!: string;
}

@ObjectType('SharedCaseCount', { description: 'Police cases of a member, as counts by category — shown only under a sharing basis' })
export class SharedCaseCountModel {
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => String) category!: string;
  @Field(() => Int) cases!: number;
}

@ObjectType('SupportFlag', { description: 'An offer of support to a family, from the municipality’s own data: not a concern report' })
export class SupportFlagModel extends SupportFlagSummaryModel {
  @Field(() => String) wording!: string;
  @Field(() => String) scoreExplanation!: string;
  @Field(() => [FlagMemberModel]) members!: FlagMemberModel[];
  @Field(() => [SignalModel]) signals!: SignalModel[];
  @Field(() => [SupportDecisionModel]) decisions!: SupportDecisionModel[];
  @Field(() => FamilyAnswerEnum, { nullable: true, description: 'the family’s answer to the offer' })
  familyAnswer!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'the day the family answered (or the deadline passed)' })
  familyAnswerDate!: string | null;
  @Field(() => String, { nullable: true }) familyAnswerNote!: string | null;
  @Field(() => [SharedCaseCountModel], { description: 'empty unless a sharing basis from the police is in force' })
  sharedPoliceHistory!: SharedCaseCountModel[];
  @Field(() => [SharingBasisModel], { description: 'the sharing bases this view relies on' }) sharingBases!: SharingBasisModel[];
}

@ObjectType('Indicator', { description: 'A municipal indicator about a person (a dated record of one kind)' })
export class IndicatorModel {
  @Field(() => String) id!: string;
  @Field(() => IndicatorKindEnum, { description: 'what the indicator records' }) kind!: string;
  @Field(() => String) date!: string;
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
  @Field(() => String, { nullable: true }) detail!: string | null;
}

@ObjectType('SharedIndicator', { description: 'A municipal indicator shown to the police under a sharing basis' })
export class SharedIndicatorModel {
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => IndicatorKindEnum, { description: 'what the indicator records' }) kind!: string;
  @Field(() => String) date!: string;
}

@ObjectType('SharedIndicators', { description: 'Municipal indicators shown in a police view under a sharing basis' })
export class SharedIndicatorsModel {
  @Field(() => [SharedIndicatorModel]) indicators!: SharedIndicatorModel[];
  @Field(() => [SharingBasisModel]) sharingBases!: SharingBasisModel[];
}

@ObjectType('SupportFlagForSubject', { description: 'A support flag as a data-subject extract shows it' })
export class SupportFlagForSubjectModel {
  @Field(() => String) id!: string;
  @Field(() => SupportFlagStatusEnum) status!: string;
  @Field(() => DateScalar) asOf!: string;
  @Field(() => [String]) rules!: string[];
  @Field(() => [SupportDecisionModel]) decisions!: SupportDecisionModel[];
}

@ObjectType('MunicipalSubjectReport', { description: 'What the municipality holds and decided about one person (data-subject request)' })
export class MunicipalSubjectReportModel {
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
  @Field(() => [IndicatorModel]) indicators!: IndicatorModel[];
  @Field(() => [SupportFlagForSubjectModel]) flags!: SupportFlagForSubjectModel[];
}

@ObjectType('MunicipalScanReport', { description: 'What one municipal scan found' })
export class MunicipalScanReportModel {
  @Field(() => DateScalar) asOf!: string;
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
  @Field(() => Int) clusters!: number;
  @Field(() => Int) flagged!: number;
}

@InputType({ description: 'The family’s answer to an offer of support' })
export class FamilyAnswerInput {
  @Field(() => String) id!: string;
  @Field(() => FamilyAnswerEnum, { description: 'the family’s answer' }) answer!: string;
  @Field(() => DateScalar, { description: 'the day the family answered' }) date!: string;
  @Field(() => String, { description: 'what the family said, or how it was asked (3-4000 characters)' }) note!: string;
}
