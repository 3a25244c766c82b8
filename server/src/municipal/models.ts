import { IndicatorKindEnum } from './indicator-enums.js';
import { FamilyAnswerEnum, SupportEventKindEnum, SupportFlagStatusEnum } from './municipal-enums.js';
import { DateScalar, DateTimeScalar } from '../common/graphql-scalars.js';
import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { FlagMemberModel, SignalModel } from '../flags/index.js';

@ObjectType('SharingBasis', {
  description: 'A named legal basis under which one source shares data with another organisation, for a purpose, until a date',
})
export class SharingBasisModel {
  @Field(() => String, { description: 'the sharing basis’s id' }) id!: string;
  @Field(() => String, { description: 'the law and section that allow the sharing (e.g. retsplejeloven § 115)' }) legalBasis!: string;
  @Field(() => String, { description: 'the purpose stated for it' }) purpose!: string;
  @Field(() => String, { description: "'police' or 'municipality:<code>'" }) fromSource!: string;
  @Field(() => String, { description: "'police', 'district:<code>' or 'municipality:<code>'" }) toOrg!: string;
  @Field(() => String, { description: 'the first day it applies (YYYY-MM-DD)' }) validFrom!: string;
  @Field(() => String, { description: 'first day it no longer applies' }) validUntil!: string;
  @Field(() => String, { description: 'the username of the admin who registered it' }) createdBy!: string;
  @Field(() => String, { nullable: true, description: 'why it was ended early (set when it was)' }) endReason?: string | null;
  @Field(() => String, { nullable: true, description: 'the username of the admin who ended it early (null: not ended early)' }) endedBy?:
    string | null;
  @Field(() => String, { nullable: true, description: 'the full name of the admin who registered it (null: none registered)' })
  createdByName?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'the full name of the admin who ended it early (null: not ended, or none registered)',
  })
  endedByName?: string | null;
}

@InputType({ description: 'A new legal basis for sharing data between police and a municipality' })
export class SharingBasisInput {
  @Field(() => String, { description: 'the law and section that allow the sharing (e.g. retsplejeloven § 115)' }) legalBasis!: string;
  @Field(() => String, { description: 'the purpose stated for it' }) purpose!: string;
  @Field(() => String, { description: "who shares: 'police' or 'municipality:<code>'" }) fromSource!: string;
  @Field(() => String, { description: "who receives: 'police', 'district:<code>' or 'municipality:<code>'" }) toOrg!: string;
  @Field(() => String, { description: 'the first day it applies (YYYY-MM-DD)' }) validFrom!: string;
  @Field(() => String, { description: 'the first day it no longer applies (YYYY-MM-DD, after validFrom)' }) validUntil!: string;
}

@ObjectType('SupportFlagSummary', { description: 'A support flag as the support inbox lists it' })
export class SupportFlagSummaryModel {
  @Field(() => String, { description: 'the support flag’s id' }) id!: string;
  @Field(() => SupportFlagStatusEnum, { description: 'where the offer of support is in the caseworker’s handling' }) status!: string;
  @Field(() => Boolean, { description: 'false when the latest municipal scan no longer finds it' }) active!: boolean;
  @Field(() => Float, { description: 'the sum of the weights of the signals' }) score!: number;
  @Field(() => [String], { description: 'the rules that fired' }) ruleIds!: string[];
  @Field(() => Int, { description: 'how many children it is about' }) childCount!: number;
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
  @Field(() => DateTimeScalar, { description: 'when it was created' }) createdAt!: string;
  @Field(() => DateScalar, { description: 'the evaluation date of the scan that found it (Copenhagen calendar day)' }) asOf!: string;
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
  @Field(() => String, { description: 'why, as the caseworker wrote it' }) note!: string;
}

@ObjectType('SharedCaseCount', { description: 'Police cases of a member, as counts by category — shown only under a sharing basis' })
export class SharedCaseCountModel {
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => String, { description: 'the case category code (e.g. vold)' }) category!: string;
  @Field(() => Int, { description: 'how many police cases of the category the person has' }) cases!: number;
}

@ObjectType('SupportFlag', { description: 'An offer of support to a family, from the municipality’s own data: not a concern report' })
export class SupportFlagModel extends SupportFlagSummaryModel {
  @Field(() => String, {
    description: 'the standard text that says this is an offer of support, not a concern report, in the user’s language',
  })
  wording!: string;
  @Field(() => String, { description: 'how the score adds up: each counted signal’s weight with its rule and person, then the sum' })
  scoreExplanation!: string;
  @Field(() => [FlagMemberModel], { description: 'the children and the adults at the address' }) members!: FlagMemberModel[];
  @Field(() => [SignalModel], { description: 'the municipal rules that fired, with their evidence' }) signals!: SignalModel[];
  @Field(() => [SupportDecisionModel], { description: 'the caseworker’s decisions and the family’s answer, oldest first' })
  decisions!: SupportDecisionModel[];
  @Field(() => FamilyAnswerEnum, { nullable: true, description: 'the family’s answer to the offer' })
  familyAnswer!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'the day the family answered (or the deadline passed)' })
  familyAnswerDate!: string | null;
  @Field(() => String, { nullable: true, description: 'what the family said, or how it was asked (null: no answer recorded)' })
  familyAnswerNote!: string | null;
  @Field(() => [SharedCaseCountModel], { description: 'empty unless a sharing basis from the police is in force' })
  sharedPoliceHistory!: SharedCaseCountModel[];
  @Field(() => [SharingBasisModel], { description: 'the sharing bases this view relies on' }) sharingBases!: SharingBasisModel[];
}

@ObjectType('Indicator', { description: 'A municipal indicator about a person (a dated record of one kind)' })
export class IndicatorModel {
  @Field(() => String, { description: 'the indicator’s id' }) id!: string;
  @Field(() => IndicatorKindEnum, { description: 'what the indicator records' }) kind!: string;
  @Field(() => String, { description: 'the day it was recorded (YYYY-MM-DD)' }) date!: string;
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
  @Field(() => String, { nullable: true, description: 'a short free-text note from the municipal record (null: none)' }) detail!:
    string | null;
}

@ObjectType('SharedIndicator', { description: 'A municipal indicator shown to the police under a sharing basis' })
export class SharedIndicatorModel {
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => IndicatorKindEnum, { description: 'what the indicator records' }) kind!: string;
  @Field(() => String, { description: 'the day it was recorded (YYYY-MM-DD)' }) date!: string;
}

@ObjectType('SharedIndicators', { description: 'Municipal indicators shown in a police view under a sharing basis' })
export class SharedIndicatorsModel {
  @Field(() => [SharedIndicatorModel], { description: 'the members’ indicators the sharing bases allow' })
  indicators!: SharedIndicatorModel[];
  @Field(() => [SharingBasisModel], { description: 'the sharing bases in force that allow it (empty: nothing is shown)' })
  sharingBases!: SharingBasisModel[];
}

@ObjectType('SupportFlagForSubject', { description: 'A support flag as a data-subject extract shows it' })
export class SupportFlagForSubjectModel {
  @Field(() => String, { description: 'the support flag’s id' }) id!: string;
  @Field(() => SupportFlagStatusEnum, { description: 'where the offer of support is in the caseworker’s handling' }) status!: string;
  @Field(() => DateScalar, { description: 'the evaluation date of the scan that found it' }) asOf!: string;
  @Field(() => [String], { description: 'the ids of the municipal rules that fired' }) rules!: string[];
  @Field(() => [SupportDecisionModel], { description: 'the decisions on it, oldest first' }) decisions!: SupportDecisionModel[];
}

@ObjectType('MunicipalSubjectReport', { description: 'What the municipality holds and decided about one person (data-subject request)' })
export class MunicipalSubjectReportModel {
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
  @Field(() => [IndicatorModel], { description: 'every indicator the municipality holds about the person' }) indicators!: IndicatorModel[];
  @Field(() => [SupportFlagForSubjectModel], { description: 'the support flags the person is a member of' })
  flags!: SupportFlagForSubjectModel[];
}

@ObjectType('MunicipalScanReport', { description: 'What one municipal scan found' })
export class MunicipalScanReportModel {
  @Field(() => DateScalar, { description: 'the evaluation date scanned (Copenhagen calendar day)' }) asOf!: string;
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
  @Field(() => Int, { description: 'how many families with young children were evaluated' }) clusters!: number;
  @Field(() => Int, { description: 'how many met the rules and have a support flag' }) flagged!: number;
}

@InputType({ description: 'The family’s answer to an offer of support' })
export class FamilyAnswerInput {
  @Field(() => String, { description: 'the support flag’s id' }) id!: string;
  @Field(() => FamilyAnswerEnum, { description: 'the family’s answer' }) answer!: string;
  @Field(() => DateScalar, { description: 'the day the family answered' }) date!: string;
  @Field(() => String, { description: 'what the family said, or how it was asked (3-4000 characters)' }) note!: string;
}
