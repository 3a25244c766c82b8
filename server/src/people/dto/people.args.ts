import { DateScalar } from '../../common/graphql-scalars.js';
import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { PEOPLE_LIMITS } from '../people.limits.js';

@ArgsType()
export class SearchPersonsArgs {
  @Field(() => String, { description: 'A name (words, prefixes), a birth date YYYY-MM-DD or a person id' })
  text!: string;
  @Field(() => Int, { defaultValue: 20, description: `Page size, at most ${PEOPLE_LIMITS.searchPage}` })
  first!: number;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;
}

@ArgsType()
export class PersonCasesArgs {
  @Field(() => ID, { description: 'the person whose cases to list' }) personId!: string;
  @Field(() => Int, { defaultValue: 50, description: `Page size, at most ${PEOPLE_LIMITS.casePage}` })
  first!: number;
  @Field(() => String, { nullable: true, description: 'endCursor of the previous page (left out: the first page)' }) after?: string | null;
}

@ArgsType()
export class FamilyArgs {
  @Field(() => ID, { description: 'the person the family is built around (the searched person)' }) personId!: string;
  @Field(() => Int, {
    defaultValue: PEOPLE_LIMITS.familyDepthDefault,
    description: `Kinship steps (PARENT_OF, PARTNER_OF), 1 to ${PEOPLE_LIMITS.familyDepthMax}; at most ${PEOPLE_LIMITS.familyPersons} persons`,
  })
  depth!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Evaluation date YYYY-MM-DD; default today' })
  asOf?: string | null;
}

@ArgsType()
export class PersonTimelineArgs {
  @Field(() => ID, { description: 'the person whose cases and moves to list' }) personId!: string;
  @Field(() => DateScalar, { nullable: true, description: 'First date YYYY-MM-DD (inclusive)' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last date YYYY-MM-DD (inclusive); default today' }) to?: string | null;
}

@ArgsType()
export class FamilyTimelineArgs {
  @Field(() => ID, { description: 'the person the family is built around, as for family' }) personId!: string;
  @Field(() => Int, {
    defaultValue: PEOPLE_LIMITS.familyDepthDefault,
    description: `Kinship steps, as for family; at most ${PEOPLE_LIMITS.familyTimelineEvents} events`,
  })
  depth!: number;
  @Field(() => DateScalar, { nullable: true, description: 'First date YYYY-MM-DD (inclusive)' }) from?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Last date YYYY-MM-DD (inclusive); default today' }) to?: string | null;
}
