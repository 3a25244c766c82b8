import { InvolvementRoleEnum, PartnerKindEnum } from '../../ingest/record-enums.js';
import { AddressFieldsModel } from './address-fields.model.js';
import { DateTimeScalar } from '../../common/graphql-scalars.js';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ProvenanceModel } from '../../ingest/models/provenance.model.js';
import type { KinshipRow, PartnerRow, PersonCaseRow, ResidenceRow } from '../people.rows.js';
import { PersonModel, toPerson } from './person.model.js';

@ObjectType('Residence', { description: 'A residence period: from <= d < to is current on d; to null = still living there' })
export class ResidenceModel extends AddressFieldsModel {
  @Field(() => String, { description: 'the first day living there (YYYY-MM-DD, inclusive)' }) from!: string;
  @Field(() => String, { nullable: true, description: 'the day the person moved out (YYYY-MM-DD, exclusive; null: still living there)' })
  to!: string | null;
}

export function toResidence(row: ResidenceRow): ResidenceModel {
  return { ...row, to: row.to ?? null };
}

@ObjectType('PersonPartner', { description: 'A partner of a person, with the kind and period' })
export class PersonPartnerModel {
  @Field(() => PersonModel, { description: 'the partner' }) person!: PersonModel;
  @Field(() => PartnerKindEnum, { description: 'married or cohabiting' }) kind!: string;
  @Field(() => String, { nullable: true, description: 'the day the partnership began (YYYY-MM-DD; null: not known)' }) from!: string | null;
  @Field(() => String, { nullable: true, description: 'the day it ended (YYYY-MM-DD; null: not ended)' }) to!: string | null;
}

@ObjectType('Kinship', { description: 'A person’s parents, children and partners' })
export class KinshipModel {
  @Field(() => [PersonModel], { description: 'the registered parents' }) parents!: PersonModel[];
  @Field(() => [PersonModel], { description: 'the registered children' }) children!: PersonModel[];
  @Field(() => [PersonPartnerModel], { description: 'partners, past and present, with the kind and period' })
  partners!: PersonPartnerModel[];
}

function toPartner(row: PartnerRow): PersonPartnerModel {
  return { person: toPerson(row.person), kind: row.kind, from: row.from ?? null, to: row.to ?? null };
}

export function toKinship(row: KinshipRow | undefined): KinshipModel {
  return {
    parents: (row?.parents ?? []).map(toPerson),
    children: (row?.children ?? []).map(toPerson),
    partners: (row?.partners ?? []).map(toPartner),
  };
}

@ObjectType('PersonDetail', { description: 'A person with residences and kinship (cases: personCases)' })
export class PersonDetailModel extends PersonModel {
  @Field(() => [ResidenceModel], { description: 'Newest first, capped' }) residences!: ResidenceModel[];
  @Field(() => Boolean, { description: 'More residence periods exist than were returned' }) residencesTruncated!: boolean;
  @Field(() => KinshipModel, { description: 'parents, children and partners' }) kinship!: KinshipModel;
  @Field(() => [ProvenanceModel], { description: 'Where the facts about the person came from and when they changed, newest first, capped' })
  provenance!: ProvenanceModel[];
}

@ObjectType('PersonCase', { description: "A case a person is involved in, with the person's role" })
export class PersonCaseModel {
  @Field(() => String, { description: 'the case’s id' }) caseId!: string;
  @Field(() => String, { description: 'the police journal number' }) journalNo!: string;
  @Field(() => String, { description: 'the case category code (e.g. vold)' }) category!: string;
  @Field(() => String, { description: 'the category in Danish' }) categoryLabelDa!: string;
  @Field(() => String, { description: 'the category in English' }) categoryLabelEn!: string;
  @Field(() => String, { nullable: true, description: 'a free code under the category, e.g. online under bedrageri' })
  subcategory!: string | null;
  @Field(() => DateTimeScalar, { description: 'ISO date-time with offset' }) occurredAt!: string;
  @Field(() => InvolvementRoleEnum, { description: 'the person’s role in the case' }) role!: string;
  @Field(() => String, { nullable: true, description: 'the police district’s code (e.g. NJY)' }) districtCode!: string | null;
  @Field(() => String, { nullable: true, description: 'the police district’s name' }) districtName!: string | null;
}

export function toPersonCase(row: PersonCaseRow): PersonCaseModel {
  return {
    caseId: row.caseId,
    journalNo: row.journalNo,
    category: row.category,
    categoryLabelDa: row.labelDa ?? row.category,
    categoryLabelEn: row.labelEn ?? row.category,
    subcategory: row.subcategory ?? null,
    occurredAt: row.occurredAt,
    role: row.role,
    districtCode: row.districtCode ?? null,
    districtName: row.districtName ?? null,
  };
}

@ObjectType('PersonCasePage', { description: 'One page of a person’s cases' })
export class PersonCasePageModel {
  @Field(() => [PersonCaseModel], { description: 'the entries of this page' }) items!: PersonCaseModel[];
  @Field(() => Int, { description: 'how many there are in all' }) totalCount!: number;
  @Field(() => Boolean, { description: 'true when more follow' }) hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: 'pass as `after` for the next page (null: no more)' }) endCursor!: string | null;
}
