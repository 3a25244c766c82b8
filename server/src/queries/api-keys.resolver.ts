import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service.js';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { ApiKeysService } from './api-keys.service.js';
import { CreateApiKeyInput } from './dto/create-api-key.input.js';
import { ApiKeyModel, CreatedApiKeyModel, toApiKey } from './models/api-key.model.js';

@Resolver()
export class ApiKeysResolver {
  constructor(
    @Inject(ApiKeysService) private readonly keys: ApiKeysService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  @Access({ roles: ['admin'] })
  @Query(() => [ApiKeyModel], { description: 'Every API key, newest first' })
  async apiKeys(@CurrentPrincipal() principal: Principal): Promise<ApiKeyModel[]> {
    await this.audit.record({ actor: principal, operation: 'apiKeys' });
    return (await this.keys.list()).map((k) => toApiKey(k));
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => CreatedApiKeyModel, {
    description:
      'Creates an API key for one organisation, scoped to saved queries that admit it; the key is in the answer once and never again',
  })
  async createApiKey(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { description: 'the values, as the input type describes them', type: () => CreateApiKeyInput }) input: CreateApiKeyInput,
  ): Promise<CreatedApiKeyModel> {
    const { key, apiKey } = await this.keys.create(input, principal.id);
    await this.audit.record({
      actor: principal,
      operation: 'createApiKey',
      detail: { id: apiKey.id, name: apiKey.name, organisation: apiKey.organisation, queries: apiKey.queries, expiresAt: apiKey.expiresAt },
    });
    return { key, apiKey: toApiKey(apiKey) };
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => ApiKeyModel, { description: 'Revokes an API key at once' })
  async revokeApiKey(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { description: 'the API key’s id', type: () => String }) id: string,
  ): Promise<ApiKeyModel> {
    const apiKey = await this.keys.revoke(id.slice(0, 64), principal.id);
    await this.audit.record({ actor: principal, operation: 'revokeApiKey', detail: { id: apiKey.id, name: apiKey.name } });
    return toApiKey(apiKey);
  }
}
