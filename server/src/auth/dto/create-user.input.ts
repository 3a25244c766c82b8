import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class CreateUserInput {
  @Field(() => String) username!: string;
  @Field(() => String) password!: string;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true }) districtCode?: string | null;
  @Field(() => String, { nullable: true }) municipalityCode?: string | null;
}
