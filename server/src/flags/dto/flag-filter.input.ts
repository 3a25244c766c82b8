import { FlagStatusEnum } from '../flag-enums.js';
import { Field, Float, InputType } from '@nestjs/graphql';

@InputType({ description: 'Which flags to list (every filter optional)' })
export class FlagFilterInput {
  @Field(() => FlagStatusEnum, { nullable: true, description: 'only flags with this status' }) status?: string | null;
  @Field(() => String, { nullable: true, description: 'only flags whose children live in this municipality (code, e.g. 851)' })
  municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'only flags owned by this police district (code, e.g. NJY)' }) districtCode?:
    string | null;
  @Field(() => String, { nullable: true, description: 'only flags where this rule fired' }) ruleId?: string | null;
  @Field(() => Float, { nullable: true, description: 'only flags with at least this score' }) minScore?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'also flags that no longer qualify and were never handled' }) includeInactive?:
    boolean | null;
  @Field(() => String, { nullable: true, description: 'only flags assigned to this username' }) assignee?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'mark flags raised or reopened after this instant as new (default: the user’s last visit of the inbox, FlagPage.newSince)',
  })
  newSince?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      "own (default): the flags of children in your district; case-districts: other districts' flags whose evidence cites a case your district registered (read-only)",
  })
  scope?: string | null;
}
