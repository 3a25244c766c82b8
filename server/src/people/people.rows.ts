// Plain rows as the Cypher files in cypher/people/ return them (after graph/convert.ts: dates are
// ISO strings, integers are numbers). GraphQL models are built from these by the toX() mappers.

export interface PersonRow {
  id: string;
  name: string;
  sex: string;
  birthDate: string;
  deathDate: string | null;
}

export interface ResidenceRow {
  addressId: string;
  street: string;
  postalCode: string;
  city: string;
  municipalityCode: string | null;
  municipalityName: string | null;
  from: string;
  to: string | null;
}

export interface PartnerRow {
  person: PersonRow;
  kind: string;
  from: string | null;
  to: string | null;
}

export interface KinshipRow {
  parents: PersonRow[];
  children: PersonRow[];
  partners: PartnerRow[];
}

export interface PersonCaseRow {
  caseId: string;
  journalNo: string;
  category: string;
  labelDa: string | null;
  labelEn: string | null;
  subcategory?: string | null;
  occurredAt: string;
  role: string;
  districtCode: string | null;
  districtName: string | null;
}

export interface TimelineRow {
  date: string;
  at: string;
  kind: 'case' | 'move-in' | 'move-out';
  caseId: string | null;
  category: string | null;
  labelDa: string | null;
  labelEn: string | null;
  role: string | null;
  districtCode: string | null;
  addressId: string | null;
  street: string | null;
  city: string | null;
}

export interface FamilyPersonRow extends PersonRow {
  born: boolean;
  deceased: boolean;
  age: number | null;
  /** residence periods begun on or before asOf */
  periods: number;
  flags: { id: string; status: string | null }[];
}

export interface FamilyKinRow {
  type: 'parent' | 'partner';
  a: string;
  b: string;
  kind: string | null;
  from: string | null;
  to: string | null;
}

export interface HouseholdRow {
  addressId: string;
  street: string;
  postalCode: string;
  city: string;
  municipalityCode: string | null;
  municipalityName: string | null;
  /** everyone registered there on asOf (kin or not), oldest registration first, capped */
  residents: { personId: string; since: string }[];
  residentCount: number;
}

export interface HistoryRow {
  personId: string;
  category: string;
  subcategory: string | null;
  labelDa: string | null;
  labelEn: string | null;
  role: string;
  count: number;
}

export interface TimelineAddress {
  id: string;
  street: string;
  postalCode: string;
  city: string;
}

export interface FamilyTimelineRow {
  personId: string;
  date: string;
  kind: 'birth' | 'death' | 'move' | 'case';
  caseId: string | null;
  category: string | null;
  subcategory: string | null;
  labelDa: string | null;
  labelEn: string | null;
  role: string | null;
  districtCode: string | null;
  municipalityCode: string | null;
  fromAddress: TimelineAddress | null;
  toAddress: TimelineAddress | null;
}

/** The family as `people/family` returns it in one row: the access verdict, the walk and the family's state. */
export interface FamilyRow {
  root: PersonRow;
  /** whether the caller may read the searched person (always true for national roles) */
  visible: boolean;
  /** the walk found more persons than the cap (nothing else is read then) */
  overflow: boolean;
  kinCount: number;
  kinIds: string[];
  households: HouseholdRow[];
  persons: FamilyPersonRow[];
  kin: FamilyKinRow[];
  history: HistoryRow[];
}

/** The person view as `people/person-detail` returns it: the access verdict, residences and kinship. */
export interface PersonDetailRow {
  person: PersonRow;
  visible: boolean;
  residences: ResidenceRow[];
  kinship: KinshipRow;
}
