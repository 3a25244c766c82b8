import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { CurrentPrincipal } from '../auth/current-user.decorator.js';
import type { Principal } from '../auth/principal.js';
import { SubjectExtractModel, SubjectSearchModel } from './subject-access.models.js';
import { SubjectAccessService } from './subject-access.service.js';

/** Data-subject access for the police (admin) and for a municipality (municipal-admin). Audited. */
@Resolver()
export class SubjectAccessResolver {
  constructor(@Inject(SubjectAccessService) private readonly subjects: SubjectAccessService) {}

  @Access({ roles: ['admin', 'municipal-admin'] })
  @Query(() => SubjectSearchModel, {
    description: 'The person picker: by name, birth date (YYYY-MM-DD or DD.MM.YYYY) or id; "no person matches" when nothing does',
  })
  subjectSearch(
    @CurrentPrincipal() principal: Principal,
    @Args('query', { description: 'a name, a birth date or a person id', type: () => String }) query: string,
  ): Promise<SubjectSearchModel> {
    return this.subjects.search(principal, query);
  }

  @Access({ roles: ['admin', 'municipal-admin'] })
  @Query(() => SubjectExtractModel, {
    description: 'The extract for a person chosen in the picker: name and birth date, every look-up and purpose, flags and reports',
  })
  subjectExtract(
    @CurrentPrincipal() principal: Principal,
    @Args('personId', { description: 'the person’s id', type: () => String }) personId: string,
  ): Promise<SubjectExtractModel> {
    return this.subjects.extract(principal, personId);
  }
}
