import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { ReferenceService } from './reference.service.js';

@ObjectType('PoliceDistrict', { description: 'A police district, by code' })
export class PoliceDistrictModel {
  @Field(() => String, { description: 'the district’s code (e.g. NJY)' }) code!: string;
  @Field(() => String, { description: 'the district’s name (e.g. Nordjyllands Politi)' }) name!: string;
}

@ObjectType('Municipality', { description: 'A municipality, by code, with its police district' })
export class MunicipalityModel {
  @Field(() => String, { description: 'the municipality’s code (e.g. 851)' }) code!: string;
  @Field(() => String, { description: 'the municipality’s name (e.g. Aalborg)' }) name!: string;
  @Field(() => String, { description: 'the police district’s code (e.g. NJY)' }) districtCode!: string;
}

@ObjectType('CaseCategory', { description: 'A case category the police register uses, with its labels and whether it counts as risk' })
export class CaseCategoryModel {
  @Field(() => String, { description: 'the category code used in case records (e.g. vold)' }) code!: string;
  @Field(() => String, { description: 'in Danish' }) labelDa!: string;
  @Field(() => String, { description: 'in English' }) labelEn!: string;
  @Field(() => Boolean, { description: 'true when cases of this category can count toward a flag' }) risk!: boolean;
}

/** Reference data: not person data, so no purpose and no audit entry. */
@Resolver()
export class ReferenceResolver {
  constructor(@Inject(ReferenceService) private readonly reference: ReferenceService) {}

  @Access({ roles: 'authenticated' })
  @Query(() => [PoliceDistrictModel], { description: 'Every police district, by code (reference data: not audited)' })
  policeDistricts(): PoliceDistrictModel[] {
    return [...this.reference.districts];
  }

  @Access({ roles: 'authenticated' })
  @Query(() => [MunicipalityModel], { description: 'Every municipality with its police district (reference data: not audited)' })
  municipalities(): MunicipalityModel[] {
    return [...this.reference.municipalities];
  }

  @Access({ roles: 'authenticated' })
  @Query(() => [CaseCategoryModel], {
    description: 'Every case category with labels and whether it counts as risk (reference data: not audited)',
  })
  caseCategories(): CaseCategoryModel[] {
    return [...this.reference.categories];
  }
}
