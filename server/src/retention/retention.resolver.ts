import { Inject } from '@nestjs/common';
import { Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service.js';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { RetentionService } from './retention.service.js';

@ObjectType('RetentionReport', { description: 'What one retention run deleted and kept, and the cut-off dates it used' })
export class RetentionReportModel {
  @Field(() => Int) casesDeleted!: number;
  @Field(() => Int, { description: 'cases older than their period but cited by a flag, flag version or approved report: kept' })
  casesKept!: number;
  @Field(() => Int) flagsDeleted!: number;
  @Field(() => Int) indicatorsDeleted!: number;
  @Field(() => Int) supportFlagsDeleted!: number;
  @Field(() => String) caseCutoff!: string;
  @Field(() => String) flagCutoff!: string;
  @Field(() => String) indicatorCutoff!: string;
  @Field(() => String) supportFlagCutoff!: string;
}

@ObjectType('RetentionCategoryPreview', { description: 'What retention would delete of one case category' })
export class RetentionCategoryPreviewModel {
  @Field(() => String) category!: string;
  @Field(() => String, { description: 'cases of this category occurred before this date are past their period' }) cutoff!: string;
  @Field(() => Int) deletable!: number;
  @Field(() => Int, { description: 'past the period but cited: kept' }) kept!: number;
  @Field(() => String, { nullable: true }) oldest!: string | null;
  @Field(() => String, { nullable: true }) newest!: string | null;
}

@ObjectType('RetentionPreview', { description: 'What a retention run now would delete, written nowhere' })
export class RetentionPreviewModel {
  @Field(() => Int) casesDeletable!: number;
  @Field(() => Int) casesKept!: number;
  @Field(() => Int) indicatorsDeletable!: number;
  @Field(() => Int) supportFlagsDeletable!: number;
  @Field(() => Int) dismissedFlagsDeletable!: number;
  @Field(() => [RetentionCategoryPreviewModel]) categories!: RetentionCategoryPreviewModel[];
}

@Resolver()
export class RetentionResolver {
  constructor(
    @Inject(RetentionService) private readonly retention: RetentionService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  @Access({ roles: ['admin'] })
  @Query(() => RetentionPreviewModel, {
    description: 'Preview of a retention run now: what it would delete and what cited records it keeps',
  })
  async retentionPreview(@CurrentPrincipal() principal: Principal): Promise<RetentionPreviewModel> {
    const now = new Date();
    await this.audit.record({ actor: principal, operation: 'retentionPreview', detail: {} });
    const p = await this.retention.preview(now);
    return {
      casesDeletable: p.casesDeletable,
      casesKept: p.casesKept,
      indicatorsDeletable: p.indicatorsDeletable,
      supportFlagsDeletable: p.supportFlagsDeletable,
      dismissedFlagsDeletable: p.dismissedFlagsDeletable,
      categories: p.cases.map((c) => ({ ...c, cutoff: p.cutoffs.byCategory[c.category] ?? p.cutoffs.cases })),
    };
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => RetentionReportModel, { description: 'Runs the retention job now (it also runs at boot and daily)' })
  runRetention(@CurrentPrincipal() principal: Principal): Promise<RetentionReportModel> {
    return this.retention.purge(new Date(), principal);
  }
}
