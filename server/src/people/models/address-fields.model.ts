import { Field, ObjectType } from '@nestjs/graphql';

/** The fields an address is shown with, shared by a household and a residence period. */
@ObjectType({ isAbstract: true })
export abstract class AddressFieldsModel {
  @Field(() => String, { description: 'the address’s id' }) addressId!: string;
  @Field(() => String, { description: 'street and number' }) street!: string;
  @Field(() => String, { description: 'the four-digit Danish postal code' }) postalCode!: string;
  @Field(() => String, { description: 'the postal district’s town name' }) city!: string;
  @Field(() => String, { nullable: true, description: 'the municipality’s code (e.g. 851)' }) municipalityCode!: string | null;
  @Field(() => String, { nullable: true, description: 'the municipality’s name' }) municipalityName!: string | null;
}
