import { ApiKeyStatusEnum } from '../query-enums.js';
import { DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ApiKeyRow } from '../api-keys.repository.js';
import { statusOf } from '../api-keys.service.js';

@ObjectType('ApiKey', { description: 'An API key as admins see it: never the key itself' })
export class ApiKeyModel {
  @Field(() => String, { description: 'the key’s id (not the secret; used to revoke it)' }) id!: string;
  @Field(() => String, { description: 'a name the admin gave it, e.g. the system that uses it' }) name!: string;
  @Field(() => [String], { description: 'the saved queries it may run' }) queries!: string[];
  @Field(() => String, { description: 'the purpose its runs are audited under' }) purpose!: string;
  @Field(() => String, { nullable: true, description: 'district:<code> or municipality:<code>; null for an old key that may run nothing' })
  organisation!: string | null;
  @Field(() => Int, { description: 'how many runs per minute the key may make before it is refused' }) rateLimitPerMinute!: number;
  @Field(() => ApiKeyStatusEnum, { description: 'whether the key works today' }) status!: string;
  @Field(() => String, { description: 'the username of the admin who created it' }) createdBy!: string;
  @Field(() => DateTimeScalar, { description: 'when it was created' }) createdAt!: string;
  @Field(() => DateTimeScalar, { description: 'when it stops working' }) expiresAt!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'when an admin revoked it (null: not revoked)' }) revokedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'the username of the admin who revoked it (null: not revoked)' }) revokedBy!:
    string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'when it last ran a query (null: never used)' }) lastUsedAt!: string | null;
}

@ObjectType('CreatedApiKey', { description: 'A new API key: the secret, shown this once, and the key as stored' })
export class CreatedApiKeyModel {
  @Field(() => String, { description: 'the key: shown this once, store it now (send it as the x-api-key header)' }) key!: string;
  @Field(() => ApiKeyModel, { description: 'the key as stored (without the secret)' }) apiKey!: ApiKeyModel;
}

export function toApiKey(row: ApiKeyRow, now: Date = new Date()): ApiKeyModel {
  return {
    id: row.id,
    name: row.name,
    queries: row.queries,
    purpose: row.purpose,
    organisation: row.organisation ?? null,
    rateLimitPerMinute: row.rateLimitPerMinute,
    status: statusOf(row, now),
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt ?? null,
    revokedBy: row.revokedBy ?? null,
    lastUsedAt: row.lastUsedAt ?? null,
  };
}
