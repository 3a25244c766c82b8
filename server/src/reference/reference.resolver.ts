import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { ReferenceService } from './reference.service.js';

@ObjectType('PoliceDistrict', { description: 'A police district, by code' })
export class PoliceDistrictModel {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
}

@ObjectType('Municipality', { description: 'A municipality, by code, with its police district' })
export class MunicipalityModel {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'the police district’s code (e.g. NJY)' }) districtCode!: string;
}

@ObjectType('CaseCategory', { description: 'A case category the police register uses, with its labels and whether it counts as risk' })
export class CaseCategoryModel {
  @Field(() => String) code!: string;
  @Field(() => String, { description: 'in Danish' }) labelDa!: string;
  @Field(() => String, { description: 'in English' }) labelEn!: string;
  @Field(() => Boolean) risk!: boolean;
}

/** Reference data: not person data, so no purpose and no audit entry. */
@Resolver()
export class ReferenceResolver {
  constructor(@Inject(ReferenceService) private readonly reference: ReferenceService) {}

  @Access({ roles: 'authenticated' })
  @Query(() => [PoliceDistrictModel])
  policeDistricts(): PoliceDistrictModel[] {
    return [...this.reference.districts];
  }

  @Access({ roles: 'authenticated' })
  @Query(() => [MunicipalityModel])
  municipalities(): MunicipalityModel[] {
    return [...this.reference.municipalities];
  }

  @Access({ roles: 'authenticated' })
  @Query(() => [CaseCategoryModel])
  caseCategories(): CaseCategoryModel[] {
    return [...this.reference.categories];
  }
}
