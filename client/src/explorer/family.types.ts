// The `family` and `personTimeline` answers as the client reads them (see server/schema.graphql).

export type Sex = 'F' | 'M' | 'U';
export type PartnershipStatus = 'current' | 'separated' | 'divorced' | 'future';

export interface CaseCount {
  category: string;
  /** a code under the category (online, forsikring…) when the record has one */
  subcategory?: string | null;
  labelDa: string;
  labelEn: string;
  role: string;
  count: number;
}

export interface FamilyPerson {
  id: string;
  name: string;
  sex: string;
  birthDate: string;
  deathDate: string | null;
  age: number | null;
  born: boolean;
  deceased: boolean;
  searched: boolean;
  /** false: not kin, only registered at one of the family's addresses on the date */
  kin?: boolean;
  /** relation code to the searched person (server/src/people/relations.ts) */
  relation?: string;
  history: { caseCounts: CaseCount[]; addressChanges: number };
  flags: { id: string; status: string | null }[];
}

export interface ParentLink {
  parentId: string;
  childId: string;
}

export interface Partnership {
  personA: string;
  personB: string;
  kind: string;
  from: string | null;
  to: string | null;
  status: string;
}

export interface Household {
  addressId: string;
  street: string;
  postalCode: string;
  city: string;
  municipalityCode: string | null;
  municipalityName: string | null;
  memberIds: string[];
  residents?: { personId: string; since: string }[];
  residentCount?: number;
  /** a parent of the searched person lives here without them: custody/visitation unknown */
  parentElsewhere?: boolean;
}

export interface Family {
  rootId: string;
  asOf: string;
  depth: number;
  persons: FamilyPerson[];
  parentLinks: ParentLink[];
  partnerships: Partnership[];
  households: Household[];
}

export interface TimelineEvent {
  date: string;
  kind: 'case' | 'move-in' | 'move-out';
  caseId: string | null;
  category: string | null;
  categoryLabelDa: string | null;
  categoryLabelEn: string | null;
  role: string | null;
  districtCode: string | null;
  addressId: string | null;
  street: string | null;
  city: string | null;
}

export type FamilyEventKind = 'birth' | 'death' | 'partnership' | 'marriage' | 'separation' | 'divorce' | 'move' | 'case';

export interface TimelineAddress {
  id: string;
  street: string;
  postalCode: string;
  city: string;
}

export interface FamilyEvent {
  date: string;
  kind: FamilyEventKind;
  personId: string;
  otherPersonId: string | null;
  caseId: string | null;
  category: string | null;
  subcategory: string | null;
  categoryLabelDa: string | null;
  categoryLabelEn: string | null;
  role: string | null;
  districtCode: string | null;
  fromAddress: TimelineAddress | null;
  toAddress: TimelineAddress | null;
}
