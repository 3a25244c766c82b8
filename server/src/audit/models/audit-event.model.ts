import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => Int) seq!: number;
  @Field(() => String) at!: string;
  @Field(() => String) actor!: string;
  @Field(() => String) role!: string;
  @Field(() => String) operation!: string;
  @Field(() => [String]) personIds!: string[];
  @Field(() => String, { nullable: true }) purpose!: string | null;
  @Field(() => String, { nullable: true }) requestId!: string | null;
  @Field(() => String) outcome!: string;
  @Field(() => String, { nullable: true }) detail!: string | null;
}

@ObjectType('AuditVerification')
export class AuditVerificationModel {
  @Field(() => Boolean) intact!: boolean;
  @Field(() => Int) checked!: number;
  @Field(() => String, {
    nullable: true,
    description: 'edited, missing, inserted, truncated, beyond-head, unkeyed, forged-checkpoint or checkpoint-mismatch',
  })
  problem!: string | null;
  @Field(() => Int, { nullable: true }) problemSeq!: number | null;
}

@ObjectType('PersonLookup', { description: 'One look-up of a person: for a data-subject access request' })
export class PersonLookupModel {
  @Field(() => String) at!: string;
  @Field(() => String) actor!: string;
  @Field(() => String) role!: string;
  @Field(() => String) operation!: string;
  @Field(() => String, { nullable: true }) purpose!: string | null;
  @Field(() => String) outcome!: string;
}
