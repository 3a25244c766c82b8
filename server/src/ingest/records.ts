// The public ingest format (shared/contract/ingest-format.md) as TypeScript types; the zod
// schemas that check a line, and the closed sets, are in @opspor/contract.
// One JSON object a line; `type` says which record.

import type { InvolvementRole, PartnerKind, RecordType as ContractRecordType, Sex } from '@opspor/contract';

export { INVOLVEMENT_ROLES, PARTNER_KINDS, RECORD_TYPES, SEXES } from '@opspor/contract';
export type { InvolvementRole, PartnerKind, Sex };

/** Any record may say when the source system last changed it (ISO date-time with offset). */
interface SourceStamped {
  sourceUpdatedAt?: string | null;
}

export interface PersonRecord extends SourceStamped {
  type: 'person';
  id: string;
  name: string;
  sex: Sex;
  birthDate: string;
  deathDate?: string | null;
}

export interface AddressRecord extends SourceStamped {
  type: 'address';
  id: string;
  street: string;
  postalCode: string;
  city: string;
  municipalityCode: string;
}

export interface ResidenceRecord extends SourceStamped {
  type: 'residence';
  personId: string;
  addressId: string;
  from: string;
  to?: string | null;
  /** the source's own id for the period: the key when given */
  id?: string | null;
}

export interface ParentRecord extends SourceStamped {
  type: 'parent';
  parentId: string;
  childId: string;
}

export interface PartnerRecord extends SourceStamped {
  type: 'partner';
  personA: string;
  personB: string;
  kind: PartnerKind;
  from: string;
  to?: string | null;
}

export interface CaseRecord extends SourceStamped {
  type: 'case';
  id: string;
  journalNo: string;
  category: string;
  occurredAt: string;
  policeDistrictCode: string;
  summary?: string | null;
  keywords?: string[] | null;
  /** a free code under the category, e.g. `online` under `bedrageri` */
  subcategory?: string | null;
}

export interface InvolvementRecord extends SourceStamped {
  type: 'involvement';
  caseId: string;
  personId: string;
  role: InvolvementRole;
}

export interface IndicatorRecord extends SourceStamped {
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
// The contract's record types and these interfaces name the same types.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const RECORD_TYPES_MATCH_CONTRACT: Same<RecordType, ContractRecordType> = true;

/** Removes a record registered in error; its key fields name it (see keys.ts), `reason` is kept in the audit log. */
export interface RetractRecord extends SourceStamped {
  type: 'retract';
  target: RecordType;
  reason: string;
  id?: string;
  personId?: string;
  addressId?: string;
  from?: string;
  parentId?: string;
  childId?: string;
  personA?: string;
  personB?: string;
  caseId?: string;
}

/** What a batch line may hold: a record, or the retraction of one. */
export type BatchRecord = IngestRecord | RetractRecord;
