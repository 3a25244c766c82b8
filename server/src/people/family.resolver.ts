import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal, Purpose } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { FamilyArgs, FamilyTimelineArgs, PersonTimelineArgs } from './dto/people.args.js';
import { FamilyModel } from './models/family.model.js';
import { FamilyTimelineModel, PersonTimelineModel } from './models/timeline.model.js';
import { FamilyService } from './family.service.js';
import { PeopleService } from './people.service.js';

@Resolver()
export class FamilyResolver {
  constructor(
    @Inject(FamilyService) private readonly families: FamilyService,
    @Inject(PeopleService) private readonly people: PeopleService,
  ) {}

  @Access({ roles: ['analyst', 'admin', 'coordinator'], purpose: true })
  @Query(() => FamilyModel, { description: 'A family as on asOf: genogram, households and histories. Audited.' })
  family(
    @Args({ type: () => FamilyArgs }) args: FamilyArgs,
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
  ): Promise<FamilyModel> {
    return this.families.family({ principal, purpose }, args.personId, args.depth, args.asOf);
  }

  @Access({ roles: ['analyst', 'admin', 'coordinator'], purpose: true })
  @Query(() => PersonTimelineModel, { description: "A person's cases and moves in date order. Audited." })
  personTimeline(
    @Args({ type: () => PersonTimelineArgs }) args: PersonTimelineArgs,
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
  ): Promise<PersonTimelineModel> {
    return this.people.timeline({ principal, purpose }, args.personId, args.from, args.to);
  }

  @Access({ roles: ['analyst', 'admin', 'coordinator'], purpose: true })
  @Query(() => FamilyTimelineModel, {
    description: "A family's births, deaths, partnerships, moves and cases in date order (the family of `family`). Audited.",
  })
  familyTimeline(
    @Args({ type: () => FamilyTimelineArgs }) args: FamilyTimelineArgs,
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
  ): Promise<FamilyTimelineModel> {
    return this.families.timeline({ principal, purpose }, args.personId, args.depth, args.from, args.to);
  }
}
