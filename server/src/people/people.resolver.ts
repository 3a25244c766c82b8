import { Inject } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal, Purpose } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { PersonCasesArgs, SearchPersonsArgs } from './dto/people.args.js';
import { PersonCasePageModel, PersonDetailModel } from './models/person-detail.model.js';
import { PersonSearchPageModel } from './models/person.model.js';
import { PeopleService } from './people.service.js';

const READERS = { roles: ['analyst', 'admin', 'coordinator'], purpose: true } as const;

@Resolver()
export class PeopleResolver {
  constructor(@Inject(PeopleService) private readonly people: PeopleService) {}

  @Access(READERS)
  @Query(() => PersonDetailModel, { description: 'A person with residences and kinship. Audited.' })
  person(
    @Args('id', { description: 'the person’s id', type: () => ID }) id: string,
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
  ): Promise<PersonDetailModel> {
    return this.people.person({ principal, purpose }, id);
  }

  @Access(READERS)
  @Query(() => PersonSearchPageModel, { description: 'Find persons by name, birth date or id. Audited.' })
  searchPersons(
    @Args({ type: () => SearchPersonsArgs }) args: SearchPersonsArgs,
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
  ): Promise<PersonSearchPageModel> {
    return this.people.search({ principal, purpose }, args.text, args.first, args.after);
  }

  @Access(READERS)
  @Query(() => PersonCasePageModel, { description: "A person's cases with roles, newest first, a page at a time. Audited." })
  personCases(
    @Args({ type: () => PersonCasesArgs }) args: PersonCasesArgs,
    @CurrentPrincipal() principal: Principal,
    @Purpose() purpose: string,
  ): Promise<PersonCasePageModel> {
    return this.people.cases({ principal, purpose }, args.personId, args.first, args.after);
  }
}
