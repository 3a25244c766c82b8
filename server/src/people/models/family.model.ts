import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FamilyKinRow, FamilyPersonRow, HistoryRow, HouseholdRow } from '../people.rows.js';
import { partnershipStatus } from '../people.dates.js';

@ObjectType('CaseCount', { description: 'How many cases of one category a person had in one role' })
export class CaseCountModel {
  @Field(() => String) category!: string;
  @Field(() => String) labelDa!: string;
  @Field(() => String) labelEn!: string;
  @Field(() => String) role!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('PersonHistory', { description: 'A person’s history up to the as-of date, in counts' })
export class PersonHistoryModel {
  @Field(() => [CaseCountModel]) caseCounts!: CaseCountModel[];
  @Field(() => Int, { description: 'Residence periods begun on or before asOf, minus one (never below 0)' })
  addressChanges!: number;
}

@ObjectType('FlagRef')
export class FlagRefModel {
  @Field(() => String) id!: string;
  @Field(() => String, { nullable: true }) status!: string | null;
}

@ObjectType('FamilyPerson')
export class FamilyPersonModel {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) sex!: string;
  @Field(() => String) birthDate!: string;
  @Field(() => String, { nullable: true }) deathDate!: string | null;
  @Field(() => Int, { nullable: true, description: 'Age on asOf (at death for the deceased); null when not yet born' })
  age!: number | null;
  @Field(() => Boolean) born!: boolean;
  @Field(() => Boolean, { description: 'Died on or before asOf' }) deceased!: boolean;
  @Field(() => Boolean, { description: 'The person the family was asked for' }) searched!: boolean;
  @Field(() => PersonHistoryModel) history!: PersonHistoryModel;
  @Field(() => [FlagRefModel], { description: 'Flagged clusters the person is a member of' }) flags!: FlagRefModel[];
}

@ObjectType('ParentLink')
export class ParentLinkModel {
  @Field(() => String) parentId!: string;
  @Field(() => String) childId!: string;
}

@ObjectType('Partnership')
export class PartnershipModel {
  @Field(() => String) personA!: string;
  @Field(() => String) personB!: string;
  @Field(() => String, { description: 'married or cohabiting' }) kind!: string;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) to!: string | null;
  @Field(() => String, { description: 'On asOf: current, separated (cohabiting ended), divorced (marriage ended) or future' })
  status!: string;
}

@ObjectType('Household', { description: 'The family members living at one address on asOf' })
export class HouseholdModel {
  @Field(() => String) addressId!: string;
  @Field(() => String) street!: string;
  @Field(() => String) postalCode!: string;
  @Field(() => String) city!: string;
  @Field(() => String, { nullable: true }) municipalityCode!: string | null;
  @Field(() => String, { nullable: true }) municipalityName!: string | null;
  @Field(() => [String]) memberIds!: string[];
}

@ObjectType('Family', { description: 'Persons within `depth` kinship steps of a person, as on asOf' })
export class FamilyModel {
  @Field(() => String) rootId!: string;
  @Field(() => String) asOf!: string;
  @Field(() => Int) depth!: number;
  @Field(() => [FamilyPersonModel]) persons!: FamilyPersonModel[];
  @Field(() => [ParentLinkModel]) parentLinks!: ParentLinkModel[];
  @Field(() => [PartnershipModel]) partnerships!: PartnershipModel[];
  @Field(() => [HouseholdModel]) households!: HouseholdModel[];
}

export interface FamilyRows {
  rootId: string;
  asOf: string;
  depth: number;
  persons: FamilyPersonRow[];
  kin: FamilyKinRow[];
  households: HouseholdRow[];
  history: HistoryRow[];
}

export function toFamily(rows: FamilyRows): FamilyModel {
  const counts = new Map<string, CaseCountModel[]>();
  for (const h of rows.history) {
    const list = counts.get(h.personId) ?? [];
    list.push({ category: h.category, labelDa: h.labelDa ?? h.category, labelEn: h.labelEn ?? h.category, role: h.role, count: h.count });
    counts.set(h.personId, list);
  }
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
      history: { caseCounts: counts.get(p.id) ?? [], addressChanges: Math.max(0, p.periods - 1) },
      flags: p.flags.map((f) => ({ id: f.id, status: f.status ?? null })),
    })),
    parentLinks: rows.kin.filter((k) => k.type === 'parent').map((k) => ({ parentId: k.a, childId: k.b })),
    partnerships: rows.kin
      .filter((k) => k.type === 'partner')
      .map((k) => ({
        personA: k.a,
        personB: k.b,
        kind: k.kind ?? 'cohabiting',
        from: k.from ?? null,
        to: k.to ?? null,
        status: partnershipStatus(k.kind ?? 'cohabiting', k.from ?? null, k.to ?? null, rows.asOf),
      })),
    households: rows.households.map((h) => ({
      ...h,
      municipalityCode: h.municipalityCode ?? null,
      municipalityName: h.municipalityName ?? null,
    })),
  };
}
