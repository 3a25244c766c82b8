import { DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { UserRole } from '@opspor/contract';
import { MUNICIPALITIES, POLICE_DISTRICTS } from '../../reference/reference-data.js';
import type { Principal } from '../principal.js';
import { RoleEnum, UserRoleEnum } from '../role-enums.js';
import type { Role } from '../roles.js';

@ObjectType('Me', { description: 'The signed-in user or API key' })
export class MeModel {
  @Field(() => String, { description: 'the account’s username' }) username!: string;
  @Field(() => RoleEnum, { description: 'what the account may do' }) role!: Role;
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
  @Field(() => DateTimeScalar, { description: 'when the session ends; sign in again after it' }) expiresAt!: string;
  @Field(() => MeModel, { description: 'the signed-in account' }) user!: MeModel;
}

@ObjectType('User', { description: 'A user account as an admin sees it' })
export class UserModel {
  @Field(() => String, { description: 'the account’s username' }) username!: string;
  @Field(() => UserRoleEnum, { description: 'what the account may do' }) role!: UserRole;
  @Field(() => String, { nullable: true, description: 'the police district’s code (e.g. NJY)' }) districtCode!: string | null;
  @Field(() => String, { nullable: true, description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string | null;
  @Field(() => String, { nullable: true, description: 'full name, as reports and the audit view show it (null: not given)' }) fullName!:
    string | null;
  @Field(() => String, { nullable: true, description: 'job title, e.g. "Politikommissær" (null: not given)' }) title!: string | null;
  @Field(() => Boolean, { description: 'true when an admin has deactivated the account: it cannot sign in' }) disabled!: boolean;
  @Field(() => String, { nullable: true, description: 'when a lock after failed sign-ins ends (null or past: not locked)' }) lockedUntil!:
    string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'the last successful sign-in' }) lastSignInAt!: string | null;
  @Field(() => Int, { description: 'bumped by every administrator change; send it back with the next change' }) version!: number;
}

@InputType({ description: 'A change to a user account: send the version read; a stale one is refused' })
export class UserChangeInput {
  @Field(() => String, { description: 'the account’s username' }) username!: string;
  @Field(() => Int, { description: 'the version read (User.version); a stale one is a CONFLICT' }) version!: number;
  @Field(() => String, { nullable: true, description: 'a new full name (left out: unchanged)' }) fullName?: string | null;
  @Field(() => String, { nullable: true, description: 'a new job title (left out: unchanged)' }) title?: string | null;
  @Field(() => UserRoleEnum, { nullable: true, description: 'a new role (sessions are revoked)' }) role?: UserRole | null;
  @Field(() => String, { nullable: true, description: 'the police district’s code (e.g. NJY)' }) districtCode?: string | null;
  @Field(() => String, { nullable: true, description: 'the municipality’s code (e.g. 851)' }) municipalityCode?: string | null;
}

@ObjectType('PasswordReset', { description: 'A temporary password, shown once: give it to the user, who changes it' })
export class PasswordResetModel {
  @Field(() => String, { description: 'the account’s username' }) username!: string;
  @Field(() => String, { description: 'the temporary password, shown this once; the user must change it at the next sign-in' })
  temporaryPassword!: string;
}
