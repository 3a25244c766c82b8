import { DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MUNICIPALITIES, POLICE_DISTRICTS } from '../../reference/reference-data.js';
import type { Principal } from '../principal.js';

@ObjectType('Me', { description: 'The signed-in user or API key' })
export class MeModel {
  @Field(() => String, { description: 'the account’s username' }) username!: string;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true, description: 'the police district’s code (e.g. NJY)' }) districtCode!: string | null;
  @Field(() => String, { nullable: true, description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string | null;
  @Field(() => String, { nullable: true, description: 'the user’s full name, when set' }) fullName!: string | null;
  @Field(() => String, { nullable: true, description: 'the police district’s name (e.g. Nordjyllands Politi)' }) districtName!:
    string | null;
  @Field(() => String, { nullable: true, description: 'the municipality’s name (e.g. Aalborg)' }) municipalityName!: string | null;
}

export function toMe(principal: Principal): MeModel {
  return {
    username: principal.id,
    role: principal.role,
    districtCode: principal.districtCode,
    municipalityCode: principal.municipalityCode,
    fullName: principal.fullName ?? null,
    districtName: POLICE_DISTRICTS.find((d) => d.code === principal.districtCode)?.name ?? null,
    municipalityName: MUNICIPALITIES.find((m) => m.code === principal.municipalityCode)?.name ?? null,
  };
}

@ObjectType('SignInResult', { description: 'A session begun: who is signed in and until when' })
export class SignInResultModel {
  @Field(() => String, { description: 'Bearer token for API use; the browser also gets it as an HttpOnly cookie' })
  token!: string;
  @Field(() => DateTimeScalar) expiresAt!: string;
  @Field(() => MeModel) user!: MeModel;
}

@ObjectType('User', { description: 'A user account as an admin sees it' })
export class UserModel {
  @Field(() => String, { description: 'the account’s username' }) username!: string;
  @Field(() => String) role!: string;
  @Field(() => String, { nullable: true, description: 'the police district’s code (e.g. NJY)' }) districtCode!: string | null;
  @Field(() => String, { nullable: true, description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string | null;
  @Field(() => String, { nullable: true }) fullName!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => Boolean) disabled!: boolean;
  @Field(() => String, { nullable: true }) lockedUntil!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'the last successful sign-in' }) lastSignInAt!: string | null;
  @Field(() => Int, { description: 'bumped by every administrator change; send it back with the next change' }) version!: number;
}

@InputType({ description: 'A change to a user account: send the version read; a stale one is refused' })
export class UserChangeInput {
  @Field(() => String, { description: 'the account’s username' }) username!: string;
  @Field(() => Int, { description: 'the version read (User.version); a stale one is a CONFLICT' }) version!: number;
  @Field(() => String, { nullable: true }) fullName?: string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'a new role (sessions are revoked)' }) role?: string | null;
  @Field(() => String, { nullable: true, description: 'the police district’s code (e.g. NJY)' }) districtCode?: string | null;
  @Field(() => String, { nullable: true, description: 'the municipality’s code (e.g. 851)' }) municipalityCode?: string | null;
}

@ObjectType('PasswordReset', { description: 'A temporary password, shown once: give it to the user, who changes it' })
export class PasswordResetModel {
  @Field(() => String, { description: 'the account’s username' }) username!: string;
  @Field(() => String) temporaryPassword!: string;
}
