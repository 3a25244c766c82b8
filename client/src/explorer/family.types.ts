// The `family` and `personTimeline` answers as the client reads them (see server/schema.graphql).

export type Sex = 'F' | 'M' | 'U';
export type PartnershipStatus = 'current' | 'separated' | 'divorced' | 'future';

export interface CaseCount {
  category: string;
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
