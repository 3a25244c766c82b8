import type { UserRole } from '@opspor/contract';
import { Field, InputType } from '@nestjs/graphql';
import { UserRoleEnum } from '../role-enums.js';

@InputType({ description: 'A new user account' })
export class CreateUserInput {
  @Field(() => String, { description: '2-64 characters: a-z, 0-9, . _ -' }) username!: string;
  @Field(() => String, { description: 'the first password: at least 12 characters, not a common one, not the username' }) password!: string;
  @Field(() => UserRoleEnum, { description: 'what the new account may do (its pages and the data it may read)' }) role!: UserRole;
  @Field(() => String, { nullable: true, description: 'the police district’s code (e.g. NJY); required for a coordinator' }) districtCode?:
    string | null;
  @Field(() => String, { nullable: true, description: 'the municipality’s code (e.g. 851); required for a caseworker or municipal-admin' })
  municipalityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'full name, as reports and the audit view show it' }) fullName?: string | null;
  @Field(() => String, { nullable: true, description: 'job title, e.g. "Politikommissær"' }) title?: string | null;
}
