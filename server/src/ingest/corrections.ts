// Corrections (shared/contract/ingest-format.md, "Keys and corrections"): each record of a batch is
// compared with the stored record of the same key and becomes an insert, a correction, unchanged,
// stale (an older `sourceUpdatedAt` than the stored one: skipped) or a retraction.
import { keyOf, recordKey, subjectPersonIds, valueFields, type RecordKey } from './keys.js';
import type { BatchRecord, IngestRecord, RecordType, RetractRecord } from './records.js';
import type { IngestProblem, NumberedRecord } from './validate.js';

export type ChangeAction = 'inserted' | 'updated' | 'unchanged' | 'stale' | 'retracted';

/** A stored record: its fields (dates as ISO strings) and when the source last changed it. */
export interface StoredRecord {
  type: RecordType;
  values: Record<string, unknown>;
  sourceUpdatedAt: string | null;
  /** persons the stored record is about beyond its own fields (a case: the persons involved) */
  personIds?: string[];
  /** more than one stored row under this key (involvements from before keys were enforced) */
  duplicated?: boolean;
}

/** What happened to one line of a batch: the provenance and audit unit. */
export interface RecordChange {
  line: number;
  type: RecordType;
  key: string;
  action: ChangeAction;
  /** inserted: null; updated: the changed fields' old values; retracted: the stored record */
  old: Record<string, unknown> | null;
  /** inserted: the record's fields; updated: the changed fields' new values; retracted: null */
  new: Record<string, unknown> | null;
  reason?: string;
  /** stale: when the source changed the stored record (newer than this line's) */
  storedSourceUpdatedAt?: string | null;
  sourceUpdatedAt?: string | null;
  personIds: string[];
}

export interface Classified {
  changes: RecordChange[];
  /** records to write: inserts, corrections and newer stamps, with the effective sourceUpdatedAt */
  writes: { record: IngestRecord; stored: StoredRecord | undefined }[];
  retracts: { record: RetractRecord; stored: StoredRecord }[];
  problems: IngestProblem[];
}

/** Stored records by key text (a residence with a source id under both of its keys). */
export type StoredState = Map<string, StoredRecord>;

/** The keys a batch names, as parameters of cypher/ingest/stored-state.cypher. */
export function storedStateParams(records: NumberedRecord[]): Record<string, unknown[]> {
  const params: Record<string, unknown[]> = {
    personIds: [],
    addressIds: [],
    caseIds: [],
    indicatorIds: [],
    residenceIds: [],
    residences: [],
    parents: [],
    partners: [],
    involvements: [],
    retractKeys: [],
  };
  const listOf: Record<RecordType, string> = {
    person: 'personIds',
    address: 'addressIds',
    case: 'caseIds',
    indicator: 'indicatorIds',
    residence: 'residences',
    parent: 'parents',
    partner: 'partners',
    involvement: 'involvements',
  };
  for (const { record } of records) {
    const key = recordKey(record);
    const target = record.type === 'retract' ? record.target : record.type;
    if (record.type === 'retract') params.retractKeys!.push(key.text);
    if (key.fields.id !== undefined) params[target === 'residence' ? 'residenceIds' : listOf[target]]!.push(key.fields.id);
    else params[listOf[target]]!.push(key.fields);
    // A residence sent with an id may be stored without one (registered before the source had ids).
    if (record.type === 'residence' && record.id) params.residences!.push(keyOf('residence', { ...record, id: undefined }).fields);
  }
  return params;
}

interface StoredRows {
  persons?: Record<string, unknown>[];
  addresses?: Record<string, unknown>[];
  cases?: Record<string, unknown>[];
  indicators?: Record<string, unknown>[];
  residencesById?: Record<string, unknown>[];
  residences?: Record<string, unknown>[];
  parents?: Record<string, unknown>[];
  partners?: Record<string, unknown>[];
  involvements?: Record<string, unknown>[];
}

/** Indexes the rows of stored-state.cypher by key text. */
export function storedStateFromRows(rows: StoredRows): StoredState {
  const state: StoredState = new Map();
  const put = (type: RecordType, row: Record<string, unknown>, residenceKey?: 'id' | 'period') => {
    const { sourceUpdatedAt, personIds, ...values } = row;
    const stored: StoredRecord = {
      type,
      values,
      sourceUpdatedAt: (sourceUpdatedAt as string | null) ?? null,
      ...(Array.isArray(personIds) ? { personIds: personIds as string[] } : {}),
    };
    const key = keyOf(type, residenceKey === 'period' ? { ...values, id: undefined } : values).text;
    const existing = state.get(key);
    if (existing && residenceKey) return; // the same period found by id and by period
    // Several rows under one key: keep the first, mark the key for clean-up by the correction.
    state.set(key, existing ? { ...existing, duplicated: true } : stored);
  };
  rows.persons?.forEach((r) => put('person', r));
  rows.addresses?.forEach((r) => put('address', r));
  rows.cases?.forEach((r) => put('case', r));
  rows.indicators?.forEach((r) => put('indicator', r));
  rows.parents?.forEach((r) => put('parent', r));
  rows.partners?.forEach((r) => put('partner', r));
  rows.involvements?.forEach((r) => put('involvement', r));
  for (const r of [...(rows.residencesById ?? []), ...(rows.residences ?? [])]) {
    if (r.id) put('residence', r, 'id');
    put('residence', r, 'period');
  }
  return state;
}

const time = (iso: string) => Date.parse(iso);

function same(field: string, a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === undefined || v === null ? null : Array.isArray(v) ? JSON.stringify(v) : String(v));
  const [x, y] = [norm(a), norm(b)];
  if (field === 'occurredAt' && x !== null && y !== null) return time(x) === time(y);
  return x === y;
}

/** The stored record a line names: a residence with an id falls back to its period key. */
function lookup(state: StoredState, record: BatchRecord, key: RecordKey): StoredRecord | undefined {
  const found = state.get(key.text);
  if (found || key.type !== 'residence' || key.fields.id === undefined || record.type !== 'residence') return found;
  const byPeriod = state.get(keyOf('residence', { ...record, id: undefined }).text);
  return byPeriod && !byPeriod.values.id ? byPeriod : undefined;
}

function isStale(stamp: string | null | undefined, stored: StoredRecord | undefined): boolean {
  return Boolean(stamp && stored?.sourceUpdatedAt && time(stamp) < time(stored.sourceUpdatedAt));
}

/** Record fields without type and stamp, absent optional fields as null. */
function fieldsOf(record: IngestRecord): Record<string, unknown> {
  const { type: _type, sourceUpdatedAt: _stamp, ...fields } = record as IngestRecord & { sourceUpdatedAt?: unknown };
  return fields;
}

/**
 * Sorts a validated batch into inserts, corrections, unchanged, stale and retracted records against
 * the stored state. A retract of a key that is not stored is a problem naming the line.
 */
export function classify(records: NumberedRecord[], state: StoredState, retractedKeys: Set<string> = new Set()): Classified {
  const out: Classified = { changes: [], writes: [], retracts: [], problems: [] };
  const done = new Set<string>();
  for (const { line, record } of records) {
    const key = recordKey(record);
    const stored = lookup(state, record, key);
    const stamp = record.sourceUpdatedAt ?? null;
    const base = { line, type: key.type, key: key.text, ...(stamp ? { sourceUpdatedAt: stamp } : {}) };
    if (done.has(key.text)) {
      out.changes.push({ ...base, action: 'unchanged', old: null, new: null, personIds: [] });
      continue;
    }
    done.add(key.text);
    if (record.type === 'retract') {
      if (!stored && retractedKeys.has(key.text)) {
        // Retracted by an earlier run of the same file: a re-run stays safe.
        out.changes.push({ ...base, action: 'unchanged', old: null, new: null, personIds: [] });
        continue;
      }
      if (!stored) {
        out.problems.push({ line, field: 'target', reason: `nothing to retract: ${key.text} is not stored` });
        continue;
      }
      const personIds = [...subjectPersonIds(key.type, stored.values), ...(stored.personIds ?? [])];
      if (isStale(stamp, stored)) {
        out.changes.push({ ...base, action: 'stale', old: null, new: null, storedSourceUpdatedAt: stored.sourceUpdatedAt, personIds });
        continue;
      }
      out.retracts.push({ record, stored });
      out.changes.push({ ...base, action: 'retracted', old: stored.values, new: null, reason: record.reason, personIds });
      continue;
    }
    const personIds = [...new Set([...subjectPersonIds(record.type, record as never), ...(stored?.personIds ?? [])])];
    if (isStale(stamp, stored)) {
      // Audited with the values that were not applied.
      out.changes.push({
        ...base,
        action: 'stale',
        old: null,
        new: fieldsOf(record),
        storedSourceUpdatedAt: stored!.sourceUpdatedAt,
        personIds,
      });
      continue;
    }
    const effective = { ...record, sourceUpdatedAt: stamp ?? stored?.sourceUpdatedAt ?? null } as IngestRecord;
    if (effective.type === 'residence')
      effective.id = record.type === 'residence' && record.id ? record.id : ((stored?.values.id as string) ?? null);
    if (!stored) {
      out.writes.push({ record: effective, stored });
      out.changes.push({ ...base, action: 'inserted', old: null, new: fieldsOf(record), personIds });
      continue;
    }
    const changed = valueFields(record).filter((f) => !same(f, (record as unknown as Record<string, unknown>)[f], stored.values[f]));
    const newerStamp = Boolean(stamp && stamp !== stored.sourceUpdatedAt);
    const adoptsId = record.type === 'residence' && Boolean(record.id) && !stored.values.id;
    if (changed.length > 0 || stored.duplicated) {
      const pick = (from: Record<string, unknown>) => Object.fromEntries(changed.map((f) => [f, from[f] ?? null]));
      out.writes.push({ record: effective, stored });
      out.changes.push({ ...base, action: 'updated', old: pick(stored.values), new: pick(record as never), personIds });
    } else {
      if (newerStamp || adoptsId) out.writes.push({ record: effective, stored });
      out.changes.push({ ...base, action: 'unchanged', old: null, new: null, personIds });
    }
  }
  return out;
}

/** Applied, unchanged, stale and retracted counts of a batch. */
export function countChanges(changes: RecordChange[]): { applied: number; unchanged: number; stale: number; retracted: number } {
  const count = (...actions: ChangeAction[]) => changes.filter((c) => actions.includes(c.action)).length;
  return { applied: count('inserted', 'updated'), unchanged: count('unchanged'), stale: count('stale'), retracted: count('retracted') };
}
