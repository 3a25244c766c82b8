// Record keys (shared/contract/ingest-format.md, "Keys and corrections"): a record with a known key
// replaces the stored record's fields; a `retract` names the record it removes by the same fields.
import { KEY_FIELDS } from '@opspor/contract';
import type { BatchRecord, IngestRecord, RecordType } from './records.js';

/** The key fields of each record type; a residence is keyed by `id` when it has one (the contract's). */
export { KEY_FIELDS };

/** The fields a correction may change (everything but the key and `sourceUpdatedAt`). */
export const VALUE_FIELDS: Record<RecordType, readonly string[]> = {
  person: ['name', 'sex', 'birthDate', 'deathDate'],
  address: ['street', 'postalCode', 'city', 'municipalityCode'],
  case: ['journalNo', 'category', 'subcategory', 'occurredAt', 'policeDistrictCode', 'summary', 'keywords'],
  indicator: ['personId', 'kind', 'date', 'municipalityCode', 'detail'],
  involvement: ['role'],
  residence: ['to'],
  parent: [],
  partner: ['kind', 'to'],
};

/** Residence fields that are values (not key) when the residence is keyed by its `id`. */
export const RESIDENCE_BY_ID_VALUES = ['personId', 'addressId', 'from', 'to'] as const;

export interface RecordKey {
  type: RecordType;
  /** the key fields and their values (a partnership's pair in sorted order) */
  fields: Record<string, string>;
  /** a stable text form, e.g. `person "p1"` or `involvement caseId=c1 personId=p1` */
  text: string;
}

function make(type: RecordType, fields: Record<string, string>): RecordKey {
  const entries = Object.entries(fields);
  const text =
    entries.length === 1 && entries[0]![0] === 'id'
      ? `${type} "${entries[0]![1]}"`
      : `${type} ${entries.map(([k, v]) => `${k}=${v}`).join(' ')}`;
  return { type, fields, text };
}

/** The key a record (or a retract's target) is stored under. */
export function keyOf(type: RecordType, record: Record<string, unknown>): RecordKey {
  const value = (field: string) => String(record[field] ?? '');
  if (type === 'residence' && typeof record.id === 'string') return make(type, { id: record.id });
  if (type === 'partner') {
    const [a, b] = [value('personA'), value('personB')].sort();
    return make(type, { personA: a!, personB: b!, from: value('from') });
  }
  return make(type, Object.fromEntries(KEY_FIELDS[type].map((f) => [f, value(f)])));
}

/** The record type and key a batch line is about (for a retract: its target). */
export function recordKey(record: BatchRecord): RecordKey {
  if (record.type === 'retract') return keyOf(record.target, record as unknown as Record<string, unknown>);
  return keyOf(record.type, record as unknown as Record<string, unknown>);
}

/** The fields a record of this type and key shape carries as values. */
export function valueFields(record: IngestRecord): readonly string[] {
  if (record.type === 'residence' && typeof record.id === 'string') return RESIDENCE_BY_ID_VALUES;
  return VALUE_FIELDS[record.type];
}

/** Persons a record is about (for provenance and the risk re-check); indicators stay municipal. */
export function subjectPersonIds(type: RecordType, record: Record<string, unknown>): string[] {
  const ids = (...fields: string[]) => fields.map((f) => record[f]).filter((v): v is string => typeof v === 'string');
  switch (type) {
    case 'person':
      return ids('id');
    case 'residence':
    case 'involvement':
      return ids('personId');
    case 'parent':
      return ids('parentId', 'childId');
    case 'partner':
      return ids('personA', 'personB');
    default:
      return [];
  }
}
