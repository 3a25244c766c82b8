import type { UserRole } from '@opspor/contract';
import { Field, InputType } from '@nestjs/graphql';
import { UserRoleEnum } from '../role-enums.js';

@InputType({ description: 'A new user account' })
export class CreateUserInput {
  @Field(() => String) username!: string;
  @Field(() => String) password!: string;
  @Field(() => UserRoleEnum) role!: UserRole;
  @Field(() => String, { nullable: true }) districtCode?: string | null;
  @Field(() => String, { nullable: true }) municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'full name, as reports and the audit view show it' }) fullName?: string | null;
  @Field(() => String, { nullable: true, description: 'job title, e.g. "Politikommissær"' }) title?: string | null;
}
