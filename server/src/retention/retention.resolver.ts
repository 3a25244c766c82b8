import { Inject } from '@nestjs/common';
import { Field, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { RetentionService } from './retention.service.js';

@ObjectType('RetentionReport')
export class RetentionReportModel {
  @Field(() => Int) casesDeleted!: number;
  @Field(() => Int) flagsDeleted!: number;
  @Field(() => String) caseCutoff!: string;
  @Field(() => String) flagCutoff!: string;
}

@Resolver()
export class RetentionResolver {
  constructor(@Inject(RetentionService) private readonly retention: RetentionService) {}

  @Access({ roles: ['admin'] })
  @Mutation(() => RetentionReportModel, { description: 'Runs the retention job now (it also runs daily)' })
  runRetention(@CurrentPrincipal() principal: Principal): Promise<RetentionReportModel> {
    return this.retention.purge(new Date(), principal);
  }
}
