import { Field, Float, InputType } from '@nestjs/graphql';

@InputType()
export class FlagFilterInput {
  @Field(() => String, { nullable: true }) status?: string | null;
  @Field(() => String, { nullable: true }) municipalityCode?: string | null;
  @Field(() => String, { nullable: true }) districtCode?: string | null;
  @Field(() => String, { nullable: true }) ruleId?: string | null;
  @Field(() => Float, { nullable: true }) minScore?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'also flags that no longer qualify and were never handled' }) includeInactive?:
    boolean | null;
}
