import { RequestLang, type Lang } from '../common/lang.js';
import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal, Purpose } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { CaseDetailService } from './case-detail.service.js';
import {
  DistrictContactInput,
  FlagAssignInput,
  FlagTransitionInput,
  ReportApprovalInput,
  ReportDraftInput,
  ReportOutcomeInput,
  ReportStepInput,
} from './dto/review.input.js';
import {
  ApprovalQueueItemModel,
  CaseDetailModel,
  DistrictContactModel,
  FlagReviewModel,
  ReportPreviewModel,
  StaffAccountModel,
} from './models/review.model.js';
import { ReportService } from './report.service.js';
import { DECIDERS, READERS } from './review-access.js';
import { ReviewService } from './review.service.js';
import { TriageService } from './triage.service.js';

/**
 * The coordinator's workflow on a flag. Every mutation answers with the flag's review state
 * (which carries the report's children, hence the purpose); every decision is audited.
 */
@Resolver()
export class ReviewResolver {
  constructor(
    @Inject(ReviewService) private readonly review: ReviewService,
    @Inject(TriageService) private readonly triage: TriageService,
    @Inject(ReportService) private readonly reports: ReportService,
    @Inject(CaseDetailService) private readonly cases: CaseDetailService,
  ) {}

  @Access({ roles: READERS, purpose: true })
  @Query(() => FlagReviewModel, { description: 'A flag’s triage state: status, assignee, history, report and outcome. Audited.' })
  flagReview(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @RequestLang() lang: Lang,
    @Args('flagId', { description: 'the flag’s id', type: () => String }) flagId: string,
  ): Promise<FlagReviewModel> {
    return this.review.view(principal, purpose, flagId, lang);
  }

  @Access({ roles: DECIDERS })
  @Query(() => [String], { description: 'Coordinators of the flag’s district (for assignment)' })
  assignableCoordinators(
    @CurrentPrincipal() principal: Principal,
    @Args('flagId', { description: 'the flag’s id', type: () => String }) flagId: string,
  ): Promise<string[]> {
    return this.review.assignableCoordinators(principal, flagId);
  }

  @Access({ roles: DECIDERS })
  @Query(() => [StaffAccountModel], { description: 'Coordinators of the flag’s district with their full names (for assignment)' })
  assignableCoordinatorAccounts(
    @CurrentPrincipal() principal: Principal,
    @Args('flagId', { description: 'the flag’s id', type: () => String }) flagId: string,
  ): Promise<StaffAccountModel[]> {
    return this.review.assignableAccounts(principal, flagId);
  }

  @Access({ roles: READERS, purpose: true })
  @Query(() => CaseDetailModel, {
    description: 'The full detail of a case behind a flag (journal number, summary, keywords, everyone involved). Audited.',
  })
  flagCaseDetail(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('flagId', { description: 'the flag’s id', type: () => String }) flagId: string,
    @Args('caseId', { description: 'the case’s id', type: () => String }) caseId: string,
  ): Promise<CaseDetailModel> {
    return this.cases.detail(principal, purpose, flagId, caseId);
  }

  @Access({ roles: DECIDERS, purpose: true })
  @Query(() => ReportPreviewModel, { description: 'What a report on these children would say (nothing is saved). Audited.' })
  reportPreview(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('flagId', { description: 'the flag’s id', type: () => String }) flagId: string,
    @Args('childIds', { description: 'the children the report is about', type: () => [String], nullable: true }) childIds: string[] | null,
  ): Promise<ReportPreviewModel> {
    return this.reports.preview(principal, purpose, flagId, childIds ?? null);
  }

  @Access({ roles: DECIDERS, purpose: true })
  @Mutation(() => FlagReviewModel, {
    description: 'Moves a flag to another status (with a note); refused with INVALID_TRANSITION when it makes no sense',
  })
  async changeFlagStatus(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('input', { description: 'the values, as the input type describes them', type: () => FlagTransitionInput })
    input: FlagTransitionInput,
  ): Promise<FlagReviewModel> {
    await this.triage.changeStatus(principal, purpose, input);
    return this.review.view(principal, purpose, input.flagId);
  }

  @Access({ roles: DECIDERS, purpose: true })
  @Mutation(() => FlagReviewModel, {
    description: 'Assigns or re-assigns a flag to a coordinator of its district (a NEW flag goes into review)',
  })
  async assignFlag(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('input', { description: 'the values, as the input type describes them', type: () => FlagAssignInput }) input: FlagAssignInput,
  ): Promise<FlagReviewModel> {
    await this.triage.assign(principal, purpose, input);
    return this.review.view(principal, purpose, input.flagId);
  }

  @Access({ roles: DECIDERS, purpose: true })
  @Mutation(() => FlagReviewModel, { description: 'Writes or updates the social report draft; any edit withdraws an approval' })
  async saveReportDraft(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('input', { description: 'the values, as the input type describes them', type: () => ReportDraftInput }) input: ReportDraftInput,
  ): Promise<FlagReviewModel> {
    await this.reports.saveDraft(principal, purpose, input);
    return this.review.view(principal, purpose, input.flagId);
  }

  @Access({ roles: DECIDERS, purpose: true })
  @Mutation(() => FlagReviewModel, {
    description: 'Four eyes: an author asks a second coordinator of the district to approve the version they read',
  })
  async requestReportApproval(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('input', { description: 'the values, as the input type describes them', type: () => ReportStepInput }) input: ReportStepInput,
  ): Promise<FlagReviewModel> {
    await this.reports.step(principal, purpose, 'request', input);
    return this.review.view(principal, purpose, input.flagId);
  }

  @Access({ roles: DECIDERS, purpose: true })
  @Mutation(() => FlagReviewModel, {
    description:
      'Four eyes: a second coordinator of the district approves the version awaiting approval (never its author; CONFLICT when it changed)',
  })
  async approveReport(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('input', { description: 'the values, as the input type describes them', type: () => ReportApprovalInput })
    input: ReportApprovalInput,
  ): Promise<FlagReviewModel> {
    await this.reports.step(principal, purpose, 'approve', input);
    return this.review.view(principal, purpose, input.flagId);
  }

  @Access({ roles: DECIDERS, purpose: true })
  @Mutation(() => FlagReviewModel, {
    description: 'Four eyes: the second coordinator returns the report to its author with a required comment',
  })
  async returnReport(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('input', { description: 'the values, as the input type describes them', type: () => ReportStepInput }) input: ReportStepInput,
  ): Promise<FlagReviewModel> {
    await this.reports.step(principal, purpose, 'return', input);
    return this.review.view(principal, purpose, input.flagId);
  }

  @Access({ roles: DECIDERS })
  @Query(() => [ApprovalQueueItemModel], {
    description: 'Reports of your district awaiting your approval (written by another coordinator); empty for other roles',
  })
  approvalQueue(@CurrentPrincipal() principal: Principal): Promise<ApprovalQueueItemModel[]> {
    return this.reports.approvalQueue(principal);
  }

  @Access({ roles: DECIDERS })
  @Query(() => DistrictContactModel, { description: 'A police district’s contact block as printed on its reports' })
  districtContact(
    @CurrentPrincipal() principal: Principal,
    @Args('districtCode', { description: 'the police district’s code', type: () => String, nullable: true }) districtCode: string | null,
  ): Promise<DistrictContactModel> {
    return this.reports.contact(districtCode ?? principal.districtCode ?? '');
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => DistrictContactModel, { description: 'Sets a district’s contact block (reports approved before keep theirs). Audited.' })
  setDistrictContact(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { description: 'the values, as the input type describes them', type: () => DistrictContactInput })
    input: DistrictContactInput,
  ): Promise<DistrictContactModel> {
    return this.reports.setContact(principal, input.districtCode, input.lines);
  }

  @Access({ roles: DECIDERS, purpose: true })
  @Mutation(() => FlagReviewModel, { description: 'Records the municipality’s feedback on a reported flag' })
  async recordReportOutcome(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('input', { description: 'the values, as the input type describes them', type: () => ReportOutcomeInput })
    input: ReportOutcomeInput,
  ): Promise<FlagReviewModel> {
    await this.reports.recordOutcome(principal, purpose, input);
    return this.review.view(principal, purpose, input.flagId);
  }

  @Access({ roles: READERS })
  @Mutation(() => String, { description: 'Marks the inbox as seen now: flags after this are "new" on the next visit. Returns the time.' })
  markInboxSeen(@CurrentPrincipal() principal: Principal): Promise<string> {
    return this.review.markInboxSeen(principal);
  }
}
