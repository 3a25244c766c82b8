import { ApiKeyStatusEnum } from '../query-enums.js';
import { DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { ApiKeyRow } from '../api-keys.repository.js';
import { statusOf } from '../api-keys.service.js';

@ObjectType('ApiKey', { description: 'An API key as admins see it: never the key itself' })
export class ApiKeyModel {
  @Field(() => String) id!: string;
  @Field(() => String) name!: string;
  @Field(() => [String], { description: 'the saved queries it may run' }) queries!: string[];
  @Field(() => String, { description: 'the purpose its runs are audited under' }) purpose!: string;
  @Field(() => String, { nullable: true, description: 'district:<code> or municipality:<code>; null for an old key that may run nothing' })
  organisation!: string | null;
  @Field(() => Int) rateLimitPerMinute!: number;
  @Field(() => ApiKeyStatusEnum, { description: 'whether the key works today' }) status!: string;
  @Field(() => String) createdBy!: string;
  @Field(() => DateTimeScalar, { description: 'when it was created' }) createdAt!: string;
  @Field(() => DateTimeScalar) expiresAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) revokedAt!: string | null;
  @Field(() => String, { nullable: true }) revokedBy!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) lastUsedAt!: string | null;
}

@ObjectType('CreatedApiKey', { description: 'A new API key: the secret, shown this once, and the key as stored' })
export class CreatedApiKeyModel {
  @Field(() => String, { description: 'the key: shown this once, store it now (send it as the x-api-key header)' }) key!: string;
  @Field(() => ApiKeyModel) apiKey!: ApiKeyModel;
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
