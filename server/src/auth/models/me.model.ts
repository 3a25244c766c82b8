import { Field, ObjectType } from '@nestjs/graphql';
import type { Principal } from '../principal.js';

@ObjectType('Me', { description: 'The signed-in user or API key' })
export class MeModel {
  @Field(() => String) username!: string;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true }) districtCode!: string | null;
  @Field(() => String, { nullable: true }) municipalityCode!: string | null;
}

export function toMe(principal: Principal): MeModel {
  return {
    username: principal.id,
    role: principal.role,
    districtCode: principal.districtCode,
    municipalityCode: principal.municipalityCode,
  };
}

@ObjectType('SignInResult')
export class SignInResultModel {
  @Field(() => String, { description: 'Bearer token for API use; the browser also gets it as an HttpOnly cookie' })
  token!: string;
  @Field(() => String) expiresAt!: string;
  @Field(() => MeModel) user!: MeModel;
}

@ObjectType('User')
export class UserModel {
  @Field(() => String) username!: string;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true }) districtCode!: string | null;
  @Field(() => String, { nullable: true }) municipalityCode!: string | null;
  @Field(() => String, { nullable: true }) fullName!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => Boolean) disabled!: boolean;
  @Field(() => String, { nullable: true }) lockedUntil!: string | null;
}
