import { Field, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '../../common/graphql-scalars.js';

/** What kind of actor an audit entry names: how a person reads the "who" of it. */
export const AUDIT_ACTOR_KINDS = ['user', 'api-key', 'cli', 'system', 'unknown'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];
export const AuditActorKindEnum = graphqlEnum('AuditActorKind', AUDIT_ACTOR_KINDS, 'What kind of actor an audit entry names', {
  user: 'a user account (actor is its username)',
  'api-key': 'an API key (actor is its id)',
  cli: 'the command line on the server (actor is cli:<operating-system user>)',
  system: 'the server itself (scheduled work such as retention)',
  unknown: 'no such user or key (a failed sign-in with an unknown name, or an account since removed)',
});

@ObjectType('AuditPerson', { description: 'A person an audit entry names' })
export class AuditPersonModel {
  @Field(() => String, { description: 'the person’s id' }) id!: string;
  @Field(() => String, { nullable: true, description: 'the person’s name; null when the person is gone (deleted by retention)' })
  name!: string | null;
}

@ObjectType('AuditEvent', { description: 'One entry of the audit log: who did what, to whom, why, and how it ended' })
export class AuditEventModel {
  @Field(() => Int, { description: 'the entry’s place in the hash chain, from 1' }) seq!: number;
  @Field(() => String, { description: 'when it happened' }) at!: string;
  @Field(() => String, { description: 'who did it (username)' }) actor!: string;
  @Field(() => AuditActorKindEnum, { description: 'what kind of actor `actor` names' }) actorKind!: AuditActorKind;
  @Field(() => String, {
    nullable: true,
    description: 'the actor as a person reads it: the user’s full name or the API key’s name (null when none is known)',
  })
  actorName!: string | null;
  @Field(() => String, { description: 'the actor’s role at the time' }) role!: string;
  @Field(() => String, { description: 'the API operation (e.g. family)' }) operation!: string;
  @Field(() => [String], { description: 'the persons whose data it touched' }) personIds!: string[];
  @Field(() => [AuditPersonModel], { description: 'the persons of personIds, in the same order, with their names' })
  persons!: AuditPersonModel[];
  @Field(() => String, { nullable: true, description: 'the purpose stated for it' }) purpose!: string | null;
  @Field(() => String, { nullable: true, description: 'the HTTP request’s id (null: none)' }) requestId!: string | null;
  @Field(() => String, { description: 'how it ended' }) outcome!: string;
  @Field(() => String, { nullable: true, description: 'the parameters as JSON, never secrets' }) detail!: string | null;
}

@ObjectType('AuditVerification', { description: 'The result of checking the audit log’s hash chain from its first entry' })
export class AuditVerificationModel {
  @Field(() => Boolean, { description: 'true when the hash chain holds' }) intact!: boolean;
  @Field(() => Int, { description: 'how many entries were checked' }) checked!: number;
  @Field(() => String, {
    nullable: true,
    description: 'edited, missing, inserted, truncated, beyond-head, unkeyed, forged-checkpoint or checkpoint-mismatch',
  })
  problem!: string | null;
  @Field(() => Int, { nullable: true, description: 'the first bad entry (null: intact)' }) problemSeq!: number | null;
}

@ObjectType('PersonLookup', { description: 'One look-up of a person: for a data-subject access request' })
export class PersonLookupModel {
  @Field(() => String, { description: 'when it happened' }) at!: string;
  @Field(() => String, { description: 'who did it (username)' }) actor!: string;
  @Field(() => String, { description: 'the reader’s role at the time' }) role!: string;
  @Field(() => String, { description: 'the API operation (e.g. family)' }) operation!: string;
  @Field(() => String, { nullable: true, description: 'the purpose stated for it' }) purpose!: string | null;
  @Field(() => String, { description: 'how it ended' }) outcome!: string;
}
