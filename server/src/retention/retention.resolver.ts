import { Inject } from '@nestjs/common';
import { Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from '../audit/audit.service.js';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { RetentionService } from './retention.service.js';

@ObjectType('RetentionReport', { description: 'What one retention run deleted and kept, and the cut-off dates it used' })
export class RetentionReportModel {
  @Field(() => Int, { description: 'police cases deleted because they were past their retention period and cited by nothing' })
  casesDeleted!: number;
  @Field(() => Int, { description: 'cases older than their period but cited by a flag, flag version or approved report: kept' })
  casesKept!: number;
  @Field(() => Int, { description: 'dismissed flags deleted after their retention period' }) flagsDeleted!: number;
  @Field(() => Int, { description: 'municipal indicators deleted after their retention period' }) indicatorsDeleted!: number;
  @Field(() => Int, { description: 'inactive support flags deleted, untouched for their retention period' }) supportFlagsDeleted!: number;
  @Field(() => String, {
    description: 'cases that occurred before this date are past their period (the general case period; some categories differ)',
  })
  caseCutoff!: string;
  @Field(() => String, { description: 'dismissed flags dismissed before this date are past their period' }) flagCutoff!: string;
  @Field(() => String, { description: 'indicators recorded before this date are past their period' }) indicatorCutoff!: string;
  @Field(() => String, { description: 'inactive support flags untouched since before this date are past their period' })
  supportFlagCutoff!: string;
}

@ObjectType('RetentionCategoryPreview', { description: 'What retention would delete of one case category' })
export class RetentionCategoryPreviewModel {
  @Field(() => String, { description: 'the case category code (e.g. vold)' }) category!: string;
  @Field(() => String, { description: 'cases of this category occurred before this date are past their period' }) cutoff!: string;
  @Field(() => Int, { description: 'cases of the category a run now would delete' }) deletable!: number;
  @Field(() => Int, { description: 'past the period but cited: kept' }) kept!: number;
  @Field(() => String, { nullable: true, description: 'the date of the oldest deletable case (null: none)' }) oldest!: string | null;
  @Field(() => String, { nullable: true, description: 'the date of the newest deletable case (null: none)' }) newest!: string | null;
}

@ObjectType('RetentionPreview', { description: 'What a retention run now would delete, written nowhere' })
export class RetentionPreviewModel {
  @Field(() => Int, { description: 'police cases a run now would delete' }) casesDeletable!: number;
  @Field(() => Int, { description: 'cases past their period but cited by a flag, flag version or approved report: kept' })
  casesKept!: number;
  @Field(() => Int, { description: 'municipal indicators a run now would delete' }) indicatorsDeletable!: number;
  @Field(() => Int, { description: 'support flags a run now would delete' }) supportFlagsDeletable!: number;
  @Field(() => Int, { description: 'dismissed flags a run now would delete' }) dismissedFlagsDeletable!: number;
  @Field(() => [RetentionCategoryPreviewModel], { description: 'the case figures per category, with each category’s cut-off date' })
  categories!: RetentionCategoryPreviewModel[];
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
