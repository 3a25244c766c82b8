import { DateScalar } from '../../common/graphql-scalars.js';
import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

// Every count is null when it is 1–4 (suppressed on the server, shown as "<5"); see stats-suppression.ts.
const SMALL = 'null: between 1 and 4 (suppressed)';

@ObjectType('MonthStatistics', { description: 'Review figures of one month' })
export class MonthStatisticsModel {
  @Field(() => String, { description: 'YYYY-MM (Danish time)' }) month!: string;
  @Field(() => Int, { nullable: true, description: SMALL }) flagsRaised!: number | null;
  @Field(() => Int, { nullable: true, description: SMALL }) reportsSent!: number | null;
  @Field(() => Int, { nullable: true, description: `${SMALL}; reports to municipalities of the reporting district` }) reportsOwnDistrict!:
    number | null;
  @Field(() => Int, { nullable: true, description: `${SMALL}; reports to municipalities elsewhere (the child lives in another district)` })
  reportsElsewhere!: number | null;
  @Field(() => Int, { nullable: true, description: SMALL }) dismissals!: number | null;
}

@ObjectType('DistrictStatistics', { description: 'Review figures of one police district' })
export class DistrictStatisticsModel {
  @Field(() => String, { description: 'the police district’s code (e.g. NJY)' }) districtCode!: string;
  @Field(() => String, { description: 'the police district’s name' }) districtName!: string;
  @Field(() => Int, { nullable: true, description: SMALL }) flagsRaised!: number | null;
  @Field(() => Int, { nullable: true, description: `${SMALL}; reports sent by coordinators of this district` }) reportsSent!: number | null;
  @Field(() => Int, { nullable: true, description: SMALL }) reportsOwnDistrict!: number | null;
  @Field(() => Int, { nullable: true, description: SMALL }) reportsElsewhere!: number | null;
  @Field(() => Int, { nullable: true, description: SMALL }) dismissals!: number | null;
}

@ObjectType('MunicipalityStatistics', { description: 'Review figures of one municipality' })
export class MunicipalityStatisticsModel {
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string;
  @Field(() => String, { description: 'the municipality’s name' }) municipalityName!: string;
  @Field(() => String, { description: 'the police district’s code (e.g. NJY)' }) districtCode!: string;
  @Field(() => Int, { nullable: true, description: SMALL }) flagsRaised!: number | null;
  @Field(() => Int, { nullable: true, description: `${SMALL}; reports sent to this municipality` }) reportsReceived!: number | null;
  @Field(() => Int, { nullable: true, description: SMALL }) dismissals!: number | null;
  @Field(() => Int, { nullable: true, description: `${SMALL}; persons living there on the population date` }) population!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'flags raised per 1,000 residents (null without residents, or when either count is suppressed)',
  })
  flagsPer1000!: number | null;
}

@ObjectType('RuleRelevance', { description: 'How often a rule took part in flags that were reported or dismissed' })
export class RuleRelevanceModel {
  @Field(() => String, { description: 'the rule’s id' }) ruleId!: string;
  @Field(() => String, { description: 'the rule’s title in Danish' }) titleDa!: string;
  @Field(() => String, { description: 'the rule’s title in English' }) titleEn!: string;
  @Field(() => Int, { nullable: true, description: `${SMALL}; reports sent on flags where this rule fired` }) reports!: number | null;
  @Field(() => Int, { nullable: true, description: `${SMALL}; of those, with the municipality’s feedback` }) judged!: number | null;
  @Field(() => Int, { nullable: true, description: SMALL }) relevant!: number | null;
  @Field(() => Int, { nullable: true, description: SMALL }) notRelevant!: number | null;
  @Field(() => Int, { nullable: true, description: SMALL }) alreadyKnown!: number | null;
  @Field(() => Float, { nullable: true, description: 'relevant / judged (null when none judged, or when either count is suppressed)' })
  relevantShare!: number | null;
}

@ObjectType('ReviewStatistics', { description: 'Aggregates of the coordinators’ work: counts only, never persons' })
export class ReviewStatisticsModel {
  @Field(() => String, { description: 'the first month counted (YYYY-MM, Danish time)' }) fromMonth!: string;
  @Field(() => String, { description: 'the last month counted (YYYY-MM, Danish time, inclusive)' }) toMonth!: string;
  @Field(() => String, { nullable: true, description: 'the district the figures are limited to (null: all)' }) districtCode!: string | null;
  @Field(() => DateScalar, { description: 'the date the population is counted on' }) populationDate!: string;
  @Field(() => Int, { description: 'counts from 1 up to one below this are null (suppressed): show them as "<N"' })
  suppressedBelow!: number;
  @Field(() => [MonthStatisticsModel], { description: 'the figures per month, oldest first' }) months!: MonthStatisticsModel[];
  @Field(() => [DistrictStatisticsModel], { description: 'the figures per police district' }) districts!: DistrictStatisticsModel[];
  @Field(() => [MunicipalityStatisticsModel], { description: 'the figures per municipality' })
  municipalities!: MunicipalityStatisticsModel[];
  @Field(() => [RuleRelevanceModel], { description: 'per rule: how often it took part in reported or dismissed flags' })
  rules!: RuleRelevanceModel[];
}
