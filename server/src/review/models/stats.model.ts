import { DateScalar } from '../../common/graphql-scalars.js';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('MonthStatistics')
export class MonthStatisticsModel {
  @Field(() => String, { description: 'YYYY-MM (Danish time)' }) month!: string;
  @Field(() => Int) flagsRaised!: number;
  @Field(() => Int) reportsSent!: number;
  @Field(() => Int, { description: 'reports to municipalities of the reporting district' }) reportsOwnDistrict!: number;
  @Field(() => Int, { description: 'reports to municipalities elsewhere (the child lives in another district)' }) reportsElsewhere!: number;
  @Field(() => Int) dismissals!: number;
}

@ObjectType('DistrictStatistics')
export class DistrictStatisticsModel {
  @Field(() => String) districtCode!: string;
  @Field(() => String) districtName!: string;
  @Field(() => Int) flagsRaised!: number;
  @Field(() => Int, { description: 'reports sent by coordinators of this district' }) reportsSent!: number;
  @Field(() => Int) reportsOwnDistrict!: number;
  @Field(() => Int) reportsElsewhere!: number;
  @Field(() => Int) dismissals!: number;
}

@ObjectType('MunicipalityStatistics')
export class MunicipalityStatisticsModel {
  @Field(() => String) municipalityCode!: string;
  @Field(() => String) municipalityName!: string;
  @Field(() => String) districtCode!: string;
  @Field(() => Int) flagsRaised!: number;
  @Field(() => Int, { description: 'reports sent to this municipality' }) reportsReceived!: number;
  @Field(() => Int) dismissals!: number;
  @Field(() => Int, { description: 'persons living there on the population date' }) population!: number;
  @Field(() => Float, { nullable: true, description: 'flags raised per 1,000 residents (null without residents)' })
  flagsPer1000!: number | null;
}

@ObjectType('RuleRelevance')
export class RuleRelevanceModel {
  @Field(() => String) ruleId!: string;
  @Field(() => String) titleDa!: string;
  @Field(() => String) titleEn!: string;
  @Field(() => Int, { description: 'reports sent on flags where this rule fired' }) reports!: number;
  @Field(() => Int, { description: 'of those, with the municipality’s feedback' }) judged!: number;
  @Field(() => Int) relevant!: number;
  @Field(() => Int) notRelevant!: number;
  @Field(() => Int) alreadyKnown!: number;
  @Field(() => Float, { nullable: true, description: 'relevant / judged (null when none judged)' }) relevantShare!: number | null;
}

@ObjectType('ReviewStatistics', { description: 'Aggregates of the coordinators’ work: counts only, never persons' })
export class ReviewStatisticsModel {
  @Field(() => String) fromMonth!: string;
  @Field(() => String) toMonth!: string;
  @Field(() => String, { nullable: true, description: 'the district the figures are limited to (null: all)' }) districtCode!: string | null;
  @Field(() => DateScalar, { description: 'the date the population is counted on' }) populationDate!: string;
  @Field(() => [MonthStatisticsModel]) months!: MonthStatisticsModel[];
  @Field(() => [DistrictStatisticsModel]) districts!: DistrictStatisticsModel[];
  @Field(() => [MunicipalityStatisticsModel]) municipalities!: MunicipalityStatisticsModel[];
  @Field(() => [RuleRelevanceModel]) rules!: RuleRelevanceModel[];
}
