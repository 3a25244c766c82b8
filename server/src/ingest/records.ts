// The public ingest format (shared/contract/ingest-format.md) as TypeScript types.
// One JSON object a line; `type` says which record.

export type Sex = 'F' | 'M' | 'U';
export type PartnerKind = 'married' | 'cohabiting';
export type InvolvementRole = 'suspect' | 'charged' | 'victim' | 'witness' | 'reporter' | 'other';

export const SEXES: readonly Sex[] = ['F', 'M', 'U'];
export const PARTNER_KINDS: readonly PartnerKind[] = ['married', 'cohabiting'];
export const INVOLVEMENT_ROLES: readonly InvolvementRole[] = ['suspect', 'charged', 'victim', 'witness', 'reporter', 'other'];

export interface PersonRecord {
  type: 'person';
  id: string;
  name: string;
  sex: Sex;
  birthDate: string;
  deathDate?: string | null;
}

export interface AddressRecord {
  type: 'address';
  id: string;
  street: string;
  postalCode: string;
  city: string;
  municipalityCode: string;
}

export interface ResidenceRecord {
  type: 'residence';
  personId: string;
  addressId: string;
  from: string;
  to?: string | null;
}

export interface ParentRecord {
  type: 'parent';
  parentId: string;
  childId: string;
}

export interface PartnerRecord {
  type: 'partner';
  personA: string;
  personB: string;
  kind: PartnerKind;
  from: string;
  to?: string | null;
}

export interface CaseRecord {
  type: 'case';
  id: string;
  journalNo: string;
  category: string;
  occurredAt: string;
  policeDistrictCode: string;
  summary?: string | null;
  keywords?: string[] | null;
}

export interface InvolvementRecord {
  type: 'involvement';
  caseId: string;
  personId: string;
  role: InvolvementRole;
}

export interface IndicatorRecord {
  type: 'indicator';
  id: string;
  personId: string;
  kind: string;
  date: string;
  municipalityCode: string;
  detail?: string | null;
}

export type IngestRecord =
  PersonRecord | AddressRecord | ResidenceRecord | ParentRecord | PartnerRecord | CaseRecord | InvolvementRecord | IndicatorRecord;

export type RecordType = IngestRecord['type'];
export const RECORD_TYPES: readonly RecordType[] = [
  'person',
  'address',
  'residence',
  'parent',
  'partner',
  'case',
  'involvement',
  'indicator',
];
