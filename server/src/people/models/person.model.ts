import { DateScalar } from '../../common/graphql-scalars.js';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PersonRow } from '../people.rows.js';

@ObjectType('Person', { description: 'A person as registered: name, sex, birth and death dates' })
export class PersonModel {
  @Field(() => ID, { description: 'the person’s id' }) id!: string;
  @Field(() => String, { description: 'full name as registered' }) name!: string;
  @Field(() => String, { description: 'F, M or U' }) sex!: string;
  @Field(() => DateScalar, { description: 'YYYY-MM-DD' }) birthDate!: string;
  @Field(() => DateScalar, { nullable: true, description: 'YYYY-MM-DD' }) deathDate!: string | null;
}

export function toPerson(row: PersonRow): PersonModel {
  return { id: row.id, name: row.name, sex: row.sex, birthDate: row.birthDate, deathDate: row.deathDate ?? null };
}

@ObjectType('PersonSearchPage', { description: 'One page of person search hits' })
export class PersonSearchPageModel {
  @Field(() => [PersonModel], { description: 'the entries of this page' }) items!: PersonModel[];
  @Field(() => Boolean, { description: 'true when more follow' }) hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' }) endCursor!: string | null;
  @Field(() => String, { description: 'How the text was read: name, birthDate or id' }) mode!: string;
}
