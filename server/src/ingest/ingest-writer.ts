import { randomUUID } from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../common/app-error.js';
import type { CypherRegistry } from '../graph/cypher-registry.js';
import { toPlain } from '../graph/convert.js';
import { classify, countChanges, storedStateFromRows, storedStateParams, type Classified, type RecordChange } from './corrections.js';
import { subjectPersonIds } from './keys.js';
import type { IngestRecord, RecordType, RetractRecord } from './records.js';
import {
  checkBatch,
  checkRecord,
  recordReferences,
  referencedIds,
  type IngestProblem,
  type KinBirth,
  type NumberedRecord,
  type ReferenceLookup,
  type StoredFacts,
} from './validate.js';

/** Types in the order their references need them: `create-*` for keys the batch found unstored, `upsert-*` for the rest. */
const WRITE_ORDER: RecordType[] = ['person', 'address', 'case', 'residence', 'parent', 'partner', 'involvement', 'indicator'];
const PLURAL: Record<RecordType, string> = {
  person: 'persons',
  address: 'addresses',
  case: 'cases',
  residence: 'residences',
  parent: 'parents',
  partner: 'partners',
  involvement: 'involvements',
  indicator: 'indicators',
};

export interface IngestSummary {
  records: number;
  byType: Partial<Record<RecordType | 'retract', number>>;
  /** persons whose clusters may have changed: for the incremental risk re-check */
  affectedPersonIds: string[];
}

/** Where a batch came from: kept with every record's provenance and in the audit log. */
export interface BatchSource {
  /** `graphql` (the ingest mutation) or `cli` (npm run ingest) */
  source: 'graphql' | 'cli';
  /** the signed-in user's id, or `cli:<operator>` */
  actor: string;
  /** the file name of a CLI ingest */
  file?: string | null;
}

export interface BatchInfo extends BatchSource {
  id: string;
  at: string;
}

/** A committed batch: the summary plus what happened to each line. */
export interface BatchResult extends IngestSummary {
  batch: BatchInfo;
  applied: number;
  unchanged: number;
  stale: number;
  retracted: number;
  changes: RecordChange[];
}

export class IngestRejectedError extends AppError {
  constructor(
    readonly problems: IngestProblem[],
    readonly totalProblems: number,
  ) {
    const first = problems[0];
    super(
      'INGEST_REJECTED',
      {
        // the line/field/reason stay as the contract words them (machine clients read them)
        da:
          `Batchen blev afvist; intet blev skrevet. ${totalProblems} problem(er)` +
          (first ? `, første: linje ${first.line}, ${first.field}: ${first.reason}` : ''),
        en:
          `The batch was rejected; nothing was written. ${totalProblems} problem(s)` +
          (first ? `, first: line ${first.line}, ${first.field}: ${first.reason}` : ''),
      },
      { problems, totalProblems, truncated: totalProblems > problems.length },
    );
  }
}

/**
 * Writes contract records to Neo4j. `writeBatch` validates everything first and writes all or
 * nothing in one transaction; `writeTrusted` is the bulk path for records the project generated
 * itself (the seed generator), with the same Cypher.
 */
export class IngestWriter {
  constructor(
    private readonly driver: Driver,
    private readonly registry: CypherRegistry,
    private readonly database: string,
    private readonly maxProblems = 50,
  ) {}

  async writeBatch(
    values: { line: number; value: unknown }[],
    ref: ReferenceLookup,
    source: BatchSource,
    parseProblems: IngestProblem[] = [],
    now: Date = new Date(),
  ): Promise<BatchResult> {
    const problems: IngestProblem[] = [...parseProblems];
    const records: NumberedRecord[] = [];
    for (const { line, value } of values) {
      const checked = checkRecord(value, line, ref);
      problems.push(...checked.problems);
      if (checked.record) records.push({ line, record: checked.record });
    }
    const batch: BatchInfo = { ...source, file: source.file ?? null, id: randomUUID(), at: now.toISOString() };
    // A key this batch found unstored may be created by a concurrent batch first: the unique
    // constraint refuses the second CREATE, and the batch runs again (rolled back: all or nothing),
    // now finding the key stored.
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.tryBatch(records, problems, batch);
      } catch (error) {
        if ((error as { code?: string }).code !== 'Neo.ClientError.Schema.ConstraintValidationFailed' || attempt >= 3) throw error;
      }
    }
  }

  private async tryBatch(records: NumberedRecord[], checked: IngestProblem[], batch: BatchInfo): Promise<BatchResult> {
    const problems = [...checked];
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(async (tx) => {
        await tx.run(this.registry.get('ingest/lock-keys'), lockParams(records));
        const stored = await this.storedFacts(tx, records);
        problems.push(...checkBatch(records, stored));
        const stateRows = await tx.run(this.registry.get('ingest/stored-state'), storedStateParams(records));
        const stateRow = toPlain(stateRows.records[0]?.toObject() ?? {}) as { retractedKeys?: string[] };
        const classified = classify(records, storedStateFromRows(stateRow as never), new Set(stateRow.retractedKeys ?? []));
        problems.push(...classified.problems);
        if (problems.length > 0) {
          problems.sort((a, b) => a.line - b.line);
          throw new IngestRejectedError(problems.slice(0, this.maxProblems), problems.length);
        }
        return this.apply(tx, records, classified, batch);
      });
    } finally {
      await session.close();
    }
  }

  /** Retracts, then writes, then records provenance: all in the batch's transaction. */
  private async apply(tx: ManagedTransaction, records: NumberedRecord[], classified: Classified, batch: BatchInfo): Promise<BatchResult> {
    const affected = new Set<string>();
    for (const change of classified.changes) if (change.action === 'retracted') change.personIds.forEach((id) => affected.add(id));
    if (classified.retracts.length > 0) {
      const retracted = classified.retracts.map((r) => r.record);
      const ids = (target: RecordType) => retracted.filter((r) => r.target === target).map((r) => r.id!);
      // Neighbours of what goes away: their clusters change too.
      for (const id of await this.affectedBy(tx, ids('address'), ids('case'))) affected.add(id);
      await tx.run(this.registry.get('ingest/retract'), {
        ...retractParams(classified.retracts),
        tombstones: classified.changes.filter((c) => c.action === 'retracted').map((c) => ({ key: c.key, reason: c.reason ?? '' })),
        batch,
      });
    }
    const summary = await this.write(
      tx,
      classified.writes.map((w) => w.record),
      new Map(classified.writes.map((w) => [w.record, w.stored?.values])),
    );
    summary.affectedPersonIds.forEach((id) => affected.add(id));
    const entries = classified.changes
      .filter((c) => c.action !== 'unchanged' && c.type !== 'indicator')
      .flatMap((c) =>
        [...new Set(c.personIds)].map((personId) => ({
          personId,
          line: c.line,
          type: c.type,
          key: c.key,
          action: c.action,
          changes: JSON.stringify({ old: c.old, new: c.new }),
          reason: c.reason ?? null,
        })),
      );
    if (entries.length > 0) await tx.run(this.registry.get('ingest/record-provenance'), { entries, batch });
    const byType: BatchResult['byType'] = {};
    for (const { record } of records) byType[record.type] = (byType[record.type] ?? 0) + 1;
    return {
      records: records.length,
      byType,
      affectedPersonIds: [...affected].sort(),
      batch,
      ...countChanges(classified.changes),
      changes: classified.changes,
    };
  }

  async writeTrusted(records: IngestRecord[]): Promise<IngestSummary> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite((tx) => this.write(tx, records));
    } finally {
      await session.close();
    }
  }

  /**
   * Writes records grouped by type. `stored` (the validated path) holds what the batch's stored-state
   * look-up found under each record's key: a record found unstored is created without a MERGE (a
   * residence named by id excepted: its period may be stored under another key). Without it (the
   * seed loader) every record is merged.
   */
  private async write(
    tx: ManagedTransaction,
    records: IngestRecord[],
    stored: Map<IngestRecord, Record<string, unknown> | undefined> = new Map(),
  ): Promise<IngestSummary> {
    const byType = new Map<RecordType, { create: Record<string, unknown>[]; upsert: Record<string, unknown>[] }>();
    for (const record of records) {
      const lists = byType.get(record.type) ?? { create: [], upsert: [] };
      const fresh = stored.has(record) && stored.get(record) === undefined && !(record.type === 'residence' && record.id);
      lists[fresh ? 'create' : 'upsert'].push(withNulls(record, stored.get(record)));
      byType.set(record.type, lists);
    }
    for (const type of WRITE_ORDER) {
      const lists = byType.get(type);
      if (lists?.create.length) await tx.run(this.registry.get(`ingest/create-${PLURAL[type]}`), { rows: lists.create });
      if (lists?.upsert.length) await tx.run(this.registry.get(`ingest/upsert-${PLURAL[type]}`), { rows: lists.upsert });
    }
    const affected = new Set<string>();
    const addressIds: string[] = [];
    const caseIds: string[] = [];
    for (const r of records) {
      if (r.type === 'person') affected.add(r.id);
      else if (r.type === 'residence' || r.type === 'involvement' || r.type === 'indicator') affected.add(r.personId);
      else if (r.type === 'parent') [r.parentId, r.childId].forEach((id) => affected.add(id));
      else if (r.type === 'partner') [r.personA, r.personB].forEach((id) => affected.add(id));
      else if (r.type === 'address') addressIds.push(r.id);
      else if (r.type === 'case') caseIds.push(r.id);
    }
    for (const id of await this.affectedBy(tx, addressIds, caseIds)) affected.add(id);
    return {
      records: records.length,
      byType: Object.fromEntries([...byType].map(([t, lists]) => [t, lists.create.length + lists.upsert.length])),
      affectedPersonIds: [...affected].sort(),
    };
  }

  /** Persons living at these addresses or involved in these cases. */
  private async affectedBy(tx: ManagedTransaction, addressIds: string[], caseIds: string[]): Promise<string[]> {
    if (addressIds.length === 0 && caseIds.length === 0) return [];
    const result = await tx.run(this.registry.get('ingest/affected-persons'), { addressIds, caseIds });
    return (toPlain(result.records[0]?.get('personIds')) as string[] | null) ?? [];
  }

  /** Which of these ids exist in the database (for checks of a whole file before writing). */
  async existing(refs: { personIds: string[]; addressIds: string[]; caseIds: string[] }): Promise<Set<string>> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      const result = await session.executeRead((tx) => tx.run(this.registry.get('ingest/existing-refs'), refs));
      const row = toPlain(result.records[0]?.toObject() ?? {}) as { persons?: { id: string }[]; addresses?: string[]; cases?: string[] };
      return new Set([
        ...(row.persons ?? []).map((p) => `person:${p.id}`),
        ...(row.addresses ?? []).map((a) => `address:${a}`),
        ...(row.cases ?? []).map((c) => `case:${c}`),
      ]);
    } finally {
      await session.close();
    }
  }

  private async storedFacts(tx: ManagedTransaction, records: NumberedRecord[]): Promise<StoredFacts> {
    const refs = referencedIds(records);
    const result = await tx.run(this.registry.get('ingest/existing-refs'), refs);
    const row = toPlain(result.records[0]?.toObject() ?? {}) as {
      persons?: { id: string; birthDate: string }[];
      addresses?: string[];
      cases?: string[];
    };
    const kin = new Set<string>();
    for (const { record: r } of records) if (r.type === 'parent') kin.add(r.parentId).add(r.childId);
    const ancestors = new Map<string, string[]>();
    if (kin.size > 0) {
      const rows = await tx.run(this.registry.get('ingest/ancestors'), { personIds: [...kin] });
      for (const rec of rows.records) ancestors.set(rec.get('id') as string, toPlain(rec.get('ancestors')) as string[]);
    }
    const personBirthDates = new Map((row.persons ?? []).map((p) => [p.id, p.birthDate]));
    // Stored persons sent again: their stored parents and children, for the birth-order check.
    const resent = records.flatMap(({ record: r }) => (r.type === 'person' && personBirthDates.has(r.id) ? [r.id] : []));
    const kinBirths: NonNullable<StoredFacts['kin']> = new Map();
    if (resent.length > 0) {
      const rows = await tx.run(this.registry.get('ingest/kin-births'), { personIds: resent });
      for (const rec of rows.records) {
        const plain = toPlain(rec.toObject()) as unknown as { id: string; parents: KinBirth[]; children: KinBirth[] };
        kinBirths.set(plain.id, { parents: plain.parents, children: plain.children });
      }
    }
    return {
      personBirthDates,
      addressIds: new Set(row.addresses ?? []),
      caseIds: new Set(row.cases ?? []),
      ancestors,
      kin: kinBirths,
    };
  }
}

/**
 * Cypher parameters need every optional field present (null) so `row.x IS NULL` works. A residence
 * also carries the stored period it replaces (`old`), removed before the corrected one is written.
 */
function withNulls(record: IngestRecord, stored?: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const key of ['deathDate', 'to', 'summary', 'keywords', 'detail', 'subcategory', 'sourceUpdatedAt', 'id']) {
    if (out[key] === undefined) out[key] = null;
  }
  if (record.type === 'residence') {
    out.old = stored ? { personId: stored.personId, addressId: stored.addressId, from: stored.from } : null;
  }
  return out;
}

/** The stored nodes a batch's keys lead to (sorted: concurrent batches lock in the same order). */
function lockParams(records: NumberedRecord[]): { personIds: string[]; addressIds: string[]; caseIds: string[] } {
  const ids = { person: new Set<string>(), address: new Set<string>(), case: new Set<string>() };
  for (const { record } of records) {
    const type = record.type === 'retract' ? record.target : record.type;
    const fields = record as unknown as Record<string, unknown>;
    if ((type === 'person' || type === 'address' || type === 'case') && typeof fields.id === 'string') ids[type].add(fields.id);
    for (const ref of recordReferences(record)) ids[ref.kind].add(ref.id);
    for (const id of subjectPersonIds(type, fields)) ids.person.add(id);
    if (record.type === 'retract' && typeof fields.caseId === 'string') ids.case.add(fields.caseId);
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return { personIds: sorted(ids.person), addressIds: sorted(ids.address), caseIds: sorted(ids.case) };
}

/** Parameters of cypher/ingest/retract.cypher: ids of nodes, endpoints of links. */
function retractParams(retracts: { record: RetractRecord; stored: { values: Record<string, unknown> } }[]): Record<string, unknown[]> {
  const params: Record<string, unknown[]> = {
    persons: [],
    cases: [],
    addresses: [],
    indicators: [],
    residences: [],
    involvements: [],
    parents: [],
    partners: [],
  };
  const list: Record<RecordType, string> = {
    person: 'persons',
    case: 'cases',
    address: 'addresses',
    indicator: 'indicators',
    residence: 'residences',
    involvement: 'involvements',
    parent: 'parents',
    partner: 'partners',
  };
  for (const { record, stored } of retracts) {
    // Nodes by id; links by their stored endpoints (a residence named by id has them in the stored record).
    params[list[record.target]]!.push(record.target === 'residence' || !('id' in stored.values) ? stored.values : stored.values.id);
  }
  return params;
}
