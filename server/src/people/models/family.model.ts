import { FlagStatusEnum } from '../../flags/index.js';
import { AddressFieldsModel } from './address-fields.model.js';
import { InvolvementRoleEnum, PartnerKindEnum } from '../../ingest/record-enums.js';
import { DateScalar } from '../../common/graphql-scalars.js';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FamilyKinRow, FamilyPersonRow, HistoryRow, HouseholdRow } from '../people.rows.js';
import { partnershipStatus } from '../people.dates.js';
import { relationsToIndex } from '../relations.js';

@ObjectType('CaseCount', { description: 'How many cases of one category a person had in one role' })
export class CaseCountModel {
  @Field(() => String, { description: 'the case category code (e.g. vold)' }) category!: string;
  @Field(() => String, { nullable: true, description: 'A code under the category (e.g. online, forsikring) when the record has one' })
  subcategory!: string | null;
  @Field(() => String, { description: 'in Danish' }) labelDa!: string;
  @Field(() => String, { description: 'in English' }) labelEn!: string;
  @Field(() => InvolvementRoleEnum, { description: 'the person’s role in these cases' }) role!: string;
  @Field(() => Int, { description: 'how many cases, up to the as-of date' }) count!: number;
}

@ObjectType('PersonHistory', { description: 'A person’s history up to the as-of date, in counts' })
export class PersonHistoryModel {
  @Field(() => [CaseCountModel], { description: 'cases up to the as-of date, counted per category, subcategory and role' })
  caseCounts!: CaseCountModel[];
  @Field(() => Int, { description: 'Residence periods begun on or before asOf, minus one (never below 0)' })
  addressChanges!: number;
}

@ObjectType('FlagRef', { description: 'A flag a person appears in (id and status)' })
export class FlagRefModel {
  @Field(() => String, { description: 'the flag’s id' }) id!: string;
  @Field(() => FlagStatusEnum, { nullable: true, description: 'the flag’s review status (null only for a flag stored without one)' })
  status!: string | null;
}

@ObjectType('FamilyPerson', {
  description: 'A person of a family view, with age, relation to the searched person, history and flags on the date',
})
export class FamilyPersonModel {
  @Field(() => ID, { description: 'the person’s id' }) id!: string;
  @Field(() => String, { description: 'full name as registered' }) name!: string;
  @Field(() => String, { description: 'F, M or U' }) sex!: string;
  @Field(() => DateScalar, { description: 'the day of birth' }) birthDate!: string;
  @Field(() => DateScalar, { nullable: true, description: 'the day of death (null: alive or not known to have died)' }) deathDate!:
    string | null;
  @Field(() => Int, { nullable: true, description: 'Age on asOf (at death for the deceased); null when not yet born' })
  age!: number | null;
  @Field(() => Boolean, { description: 'false when born after asOf (a later sibling shown for context)' }) born!: boolean;
  @Field(() => Boolean, { description: 'Died on or before asOf' }) deceased!: boolean;
  @Field(() => Boolean, { description: 'The person the family was asked for' }) searched!: boolean;
  @Field(() => Boolean, { description: 'Reached by kinship; false: only lives at one of the family’s addresses on asOf' })
  kin!: boolean;
  @Field(() => String, {
    description:
      'Relation to the searched person on asOf: self, parent, child, partner, former-partner, future-partner, sibling, half-sibling, ' +
      'step-parent, child-of-partner, step-sibling, parent-former-partner, grandparent, grandchild, parent-sibling, sibling-child, ' +
      'partner-parent, relative, other-adult or other-child (the last two: not kin, living with the family)',
  })
  relation!: string;
  @Field(() => PersonHistoryModel, { description: 'cases and moves up to asOf, in counts' }) history!: PersonHistoryModel;
  @Field(() => [FlagRefModel], { description: 'Flagged clusters the person is a member of' }) flags!: FlagRefModel[];
}

@ObjectType('ParentLink', { description: 'A parent and a child' })
export class ParentLinkModel {
  @Field(() => String, { description: 'the parent’s person id' }) parentId!: string;
  @Field(() => String, { description: 'the child’s person id' }) childId!: string;
}

@ObjectType('Partnership', { description: 'Two adults as partners, with the kind, period and status on the date' })
export class PartnershipModel {
  @Field(() => String, { description: 'one partner’s person id' }) personA!: string;
  @Field(() => String, { description: 'the other partner’s person id' }) personB!: string;
  @Field(() => PartnerKindEnum, { description: 'married or cohabiting' }) kind!: string;
  @Field(() => String, { nullable: true, description: 'the day the partnership began (YYYY-MM-DD; null: not known)' }) from!: string | null;
  @Field(() => String, { nullable: true, description: 'the day it ended (YYYY-MM-DD; null: not ended)' }) to!: string | null;
  @Field(() => String, {
    description:
      'On asOf: current, separated (cohabiting ended), divorced (marriage ended), married (cohabiting that became a marriage) or future',
  })
  status!: string;
}

@ObjectType('HouseholdResident', { description: 'A person registered at a household’s address, and since when' })
export class HouseholdResidentModel {
  @Field(() => String, { description: 'the person’s id' }) personId!: string;
  @Field(() => String, { description: 'Registered at the address since (the current residence period)' }) since!: string;
}

@ObjectType('Household', { description: 'Everyone registered at one of the family’s addresses on asOf, kin or not' })
export class HouseholdModel extends AddressFieldsModel {
  @Field(() => [String], { description: 'The residents’ ids (everyone registered there, at most the listed cap)' })
  memberIds!: string[];
  @Field(() => [HouseholdResidentModel], { description: 'the residents with the day each moved in' }) residents!: HouseholdResidentModel[];
  @Field(() => Int, { description: 'How many persons are registered there in all (more than listed when capped)' })
  residentCount!: number;
  @Field(() => Boolean, {
    description: 'A parent of the searched person lives here without them: custody and visitation are unknown to the police',
  })
  parentElsewhere!: boolean;
}

@ObjectType('Family', { description: 'Persons within `depth` kinship steps of a person, as on asOf' })
export class FamilyModel {
  @Field(() => String, { description: 'the searched person’s id' }) rootId!: string;
  @Field(() => DateScalar, { description: 'the date the family is shown as on (Copenhagen calendar day)' }) asOf!: string;
  @Field(() => Int, { description: 'how many kinship steps were walked from the searched person' }) depth!: number;
  @Field(() => [FamilyPersonModel], { description: 'everyone in the family and everyone living at its addresses on asOf' })
  persons!: FamilyPersonModel[];
  @Field(() => [ParentLinkModel], { description: 'every parent–child link between the persons' }) parentLinks!: ParentLinkModel[];
  @Field(() => [PartnershipModel], { description: 'every partnership between the persons, with its status on asOf' })
  partnerships!: PartnershipModel[];
  @Field(() => [HouseholdModel], { description: 'the addresses where the family’s persons live on asOf, with everyone registered there' })
  households!: HouseholdModel[];
}

export interface FamilyRows {
  rootId: string;
  asOf: string;
  depth: number;
  persons: FamilyPersonRow[];
  kin: FamilyKinRow[];
  households: HouseholdRow[];
  history: HistoryRow[];
  /** the kinship walk's persons (the others are co-residents) */
  kinIds: ReadonlySet<string>;
}

export function toFamily(rows: FamilyRows): FamilyModel {
  const counts = new Map<string, CaseCountModel[]>();
  for (const h of rows.history) {
    const list = counts.get(h.personId) ?? [];
    list.push({
      category: h.category,
      subcategory: h.subcategory ?? null,
      labelDa: h.labelDa ?? h.category,
      labelEn: h.labelEn ?? h.category,
      role: h.role,
      count: h.count,
    });
    counts.set(h.personId, list);
  }
  const partnerships = rows.kin.filter((k) => k.type === 'partner').map((k) => toPartnership(k, rows));
  const parentLinks = rows.kin.filter((k) => k.type === 'parent').map((k) => ({ parentId: k.a, childId: k.b }));
  const relations = relationsToIndex({ rootId: rows.rootId, kinIds: rows.kinIds, persons: rows.persons, parentLinks, partnerships });
  const parentsOfRoot = new Set(parentLinks.filter((l) => l.childId === rows.rootId).map((l) => l.parentId));
  return {
    rootId: rows.rootId,
    asOf: rows.asOf,
    depth: rows.depth,
    persons: rows.persons.map((p) => ({
      id: p.id,
      name: p.name,
      sex: p.sex,
      birthDate: p.birthDate,
      deathDate: p.deathDate ?? null,
      age: p.age ?? null,
      born: p.born,
      deceased: p.deceased,
      searched: p.id === rows.rootId,
      kin: rows.kinIds.has(p.id),
      relation: relations.get(p.id) ?? 'relative',
      history: { caseCounts: counts.get(p.id) ?? [], addressChanges: Math.max(0, p.periods - 1) },
      flags: p.flags.map((f) => ({ id: f.id, status: f.status ?? null })),
    })),
    parentLinks,
    partnerships,
    households: rows.households.map((h) => {
      const memberIds = h.residents.map((r) => r.personId);
      return {
        addressId: h.addressId,
        street: h.street,
        postalCode: h.postalCode,
        city: h.city,
        municipalityCode: h.municipalityCode ?? null,
        municipalityName: h.municipalityName ?? null,
        memberIds,
        residents: h.residents,
        residentCount: h.residentCount,
        parentElsewhere: !memberIds.includes(rows.rootId) && memberIds.some((id) => parentsOfRoot.has(id)),
      };
    }),
  };
}

/** A partnership with its status on asOf; a cohabitation that ended in a marriage of the same pair is "married", not "separated". */
function toPartnership(k: FamilyKinRow, rows: FamilyRows): PartnershipModel {
  const kind = k.kind ?? 'cohabiting';
  const from = k.from ?? null;
  const to = k.to ?? null;
  let status: string = partnershipStatus(kind, from, to, rows.asOf);
  const samePair = (o: FamilyKinRow) => (o.a === k.a && o.b === k.b) || (o.a === k.b && o.b === k.a);
  if (status === 'separated' && rows.kin.some((o) => o.type === 'partner' && o.kind === 'married' && samePair(o) && o.from === to)) {
    status = 'married';
  }
  return { personA: k.a, personB: k.b, kind, from, to, status };
}
