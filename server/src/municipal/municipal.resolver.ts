import { RequestLang, type Lang } from '../common/lang.js';
import { DateScalar } from '../common/graphql-scalars.js';
import { SupportDecisionEnum, SupportFlagStatusEnum } from './municipal-enums.js';
import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal, Purpose } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { BadInputError, LimitExceededError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { FlagsService } from '../flags/index.js';
import {
  FamilyAnswerInput,
  IndicatorModel,
  MunicipalScanReportModel,
  MunicipalSubjectReportModel,
  SharedIndicatorsModel,
  SharingBasisInput,
  SharingBasisModel,
  SupportFlagModel,
  SupportFlagPageModel,
} from './models.js';
import { MunicipalService, SUPPORT_FLAG_STATUSES } from './municipal.service.js';

const MUNICIPAL = ['caseworker', 'municipal-admin'] as const;

@Resolver()
export class MunicipalResolver {
  constructor(
    @Inject(MunicipalService) private readonly municipal: MunicipalService,
    @Inject(FlagsService) private readonly flags: FlagsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Access({ roles: MUNICIPAL, purpose: true })
  @Query(() => SupportFlagPageModel, { description: "The municipality's own inbox of offers of support" })
  supportFlags(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('status', { type: () => SupportFlagStatusEnum, nullable: true, description: 'only flags with this status' })
    status: string | null,
    @Args('first', { description: 'how many to return at most', type: () => Int, defaultValue: 25 }) first: number,
    @Args('after', { description: 'where the page starts: the endCursor of the page before', type: () => String, nullable: true })
    after: string | null,
  ): Promise<SupportFlagPageModel> {
    if (first < 1 || first > 100) throw new LimitExceededError({ field: 'first' }, 100, first);
    if (status != null && !(SUPPORT_FLAG_STATUSES as readonly string[]).includes(status)) {
      throw new BadInputError('status', {
        da: `skal være en af ${SUPPORT_FLAG_STATUSES.join(', ')} (eller udeladt for alle)`,
        en: `must be one of ${SUPPORT_FLAG_STATUSES.join(', ')} (or left out for all)`,
      });
    }
    return this.municipal.list(principal, purpose, status ?? null, first, after);
  }

  @Access({ roles: MUNICIPAL, purpose: true })
  @Query(() => SupportFlagModel, {
    description: 'One support flag with members, signals, decisions and police history shared under a basis. Audited.',
  })
  supportFlag(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @RequestLang() lang: Lang,
    @Args('id', { description: 'the id of the support flag or sharing basis', type: () => String }) id: string,
  ): Promise<SupportFlagModel> {
    return this.municipal.get(principal, purpose, id.slice(0, 200), this.clock.today(), lang);
  }

  @Access({ roles: ['caseworker'] })
  @Mutation(() => SupportFlagStatusEnum, { description: 'records a caseworker’s decision with a note; returns the new status' })
  decideSupportFlag(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { description: 'the id of the support flag or sharing basis', type: () => String }) id: string,
    @Args('decision', { description: 'what the caseworker decided', type: () => SupportDecisionEnum }) decision: string,
    @Args('note', { description: 'why, in the person’s own words', type: () => String }) note: string,
  ): Promise<string> {
    return this.municipal.decide(principal, id, decision, note);
  }

  @Access({ roles: ['caseworker'] })
  @Mutation(() => String, {
    description: 'The family’s answer to an offer of support (ACCEPTED, DECLINED or NO_ANSWER), with date and note; closes the offer',
  })
  recordFamilyAnswer(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { description: 'the values, as the input type describes them', type: () => FamilyAnswerInput }) input: FamilyAnswerInput,
  ): Promise<string> {
    return this.municipal.recordFamilyAnswer(principal, input);
  }

  @Access({ roles: ['municipal-admin'] })
  @Mutation(() => MunicipalScanReportModel, { description: "Runs the municipality's rules over families with young children" })
  runMunicipalScan(
    @CurrentPrincipal() principal: Principal,
    @Args('asOf', { type: () => DateScalar, nullable: true, description: 'the evaluation date; default today (Copenhagen)' })
    asOf: string | null,
    @Args('maxChildAge', { description: 'the oldest age that counts as a young child', type: () => Int, defaultValue: 6 })
    maxChildAge: number,
  ): Promise<MunicipalScanReportModel> {
    return this.municipal.scan(principal, asOf ?? this.clock.today(), maxChildAge);
  }

  @Access({ roles: MUNICIPAL, purpose: true })
  @Query(() => [IndicatorModel], { description: "The municipality's own indicators about a person" })
  personIndicators(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('personId', { description: 'the person’s id', type: () => String }) personId: string,
  ): Promise<IndicatorModel[]> {
    return this.municipal.personIndicators(principal, purpose, personId);
  }

  @Access({ roles: ['municipal-admin'] })
  @Query(() => MunicipalSubjectReportModel, {
    description: 'Data-subject request: which indicators and rules concerned a person, and what was decided',
  })
  municipalSubjectReport(
    @CurrentPrincipal() principal: Principal,
    @Args('personId', { description: 'the person’s id', type: () => String }) personId: string,
  ): Promise<MunicipalSubjectReportModel> {
    return this.municipal.subjectReport(principal, personId);
  }

  @Access({ roles: ['coordinator', 'analyst', 'admin'], purpose: true })
  @Query(() => SharedIndicatorsModel, {
    description: "A police flag's members' municipal indicators: empty unless a sharing basis is in force",
  })
  async sharedIndicators(
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
    @Args('flagId', { description: 'the flag’s id', type: () => String }) flagId: string,
  ): Promise<SharedIndicatorsModel> {
    const flag = await this.flags.get(principal, purpose, flagId.slice(0, 200));
    return this.municipal.sharedIndicators(principal, flag.id, flag.municipalityCode, this.clock.today());
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => SharingBasisModel, {
    description: 'Registers a legal basis for sharing data between police and a municipality (admins only)',
  })
  createSharingBasis(
    @CurrentPrincipal() principal: Principal,
    @Args('input', { description: 'the values, as the input type describes them', type: () => SharingBasisInput }) input: SharingBasisInput,
  ): Promise<SharingBasisModel> {
    return this.municipal.createBasis(principal, input);
  }

  @Access({ roles: ['admin'] })
  @Mutation(() => SharingBasisModel, { description: 'Ends a sharing basis early, with a reason: from today it no longer applies' })
  endSharingBasis(
    @CurrentPrincipal() principal: Principal,
    @Args('id', { description: 'the id of the support flag or sharing basis', type: () => String }) id: string,
    @Args('reason', { description: 'why it ends before its planned date', type: () => String }) reason: string,
  ): Promise<SharingBasisModel> {
    return this.municipal.endBasis(principal, id, reason);
  }

  @Access({ roles: ['admin', 'municipal-admin'] })
  @Query(() => [SharingBasisModel], { description: 'The registered sharing bases, all or those in force on a day' })
  sharingBases(
    @Args('on', { type: () => DateScalar, nullable: true, description: 'only the bases in force on this day; all when left out' })
    on: string | null,
  ): Promise<SharingBasisModel[]> {
    return this.municipal.bases(null, on ?? null);
  }
}
