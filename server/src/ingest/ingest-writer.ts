import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { AppError } from '../common/app-error.js';
import type { CypherRegistry } from '../graph/cypher-registry.js';
import { toPlain } from '../graph/convert.js';
import type { IngestRecord, RecordType } from './records.js';
import {
  checkBatch,
  checkRecord,
  referencedIds,
  type IngestProblem,
  type NumberedRecord,
  type ReferenceLookup,
  type StoredFacts,
} from './validate.js';

/** Types in the order their references need them. */
const WRITE_ORDER: [RecordType, string][] = [
  ['person', 'ingest/upsert-persons'],
  ['address', 'ingest/upsert-addresses'],
  ['case', 'ingest/upsert-cases'],
  ['residence', 'ingest/upsert-residences'],
  ['parent', 'ingest/upsert-parents'],
  ['partner', 'ingest/upsert-partners'],
  ['involvement', 'ingest/upsert-involvements'],
  ['indicator', 'ingest/upsert-indicators'],
];

export interface IngestSummary {
  records: number;
  byType: Partial<Record<RecordType, number>>;
  /** persons whose clusters may have changed: for the incremental risk re-check */
  affectedPersonIds: string[];
}

export class IngestRejectedError extends AppError {
  constructor(
    readonly problems: IngestProblem[],
    readonly totalProblems: number,
  ) {
    const first = problems[0];
    super(
      'INGEST_REJECTED',
      `The batch was rejected; nothing was written. ${totalProblems} problem(s)` +
        (first ? `, first: line ${first.line}, ${first.field}: ${first.reason}` : ''),
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
    parseProblems: IngestProblem[] = [],
  ): Promise<IngestSummary> {
    const problems: IngestProblem[] = [...parseProblems];
    const records: NumberedRecord[] = [];
    for (const { line, value } of values) {
      const checked = checkRecord(value, line, ref);
      problems.push(...checked.problems);
      if (checked.record) records.push({ line, record: checked.record });
    }
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(async (tx) => {
        const stored = await this.storedFacts(tx, records);
        problems.push(...checkBatch(records, stored));
        if (problems.length > 0) {
          problems.sort((a, b) => a.line - b.line);
          throw new IngestRejectedError(problems.slice(0, this.maxProblems), problems.length);
        }
        return this.write(
          tx,
          records.map((r) => r.record),
        );
      });
    } finally {
      await session.close();
    }
  }

  async writeTrusted(records: IngestRecord[]): Promise<IngestSummary> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite((tx) => this.write(tx, records));
    } finally {
      await session.close();
    }
  }

  private async write(tx: ManagedTransaction, records: IngestRecord[]): Promise<IngestSummary> {
    const byType = new Map<RecordType, Record<string, unknown>[]>();
    for (const record of records) {
      const list = byType.get(record.type) ?? [];
      list.push(withNulls(record));
      byType.set(record.type, list);
    }
    for (const [type, file] of WRITE_ORDER) {
      const rows = byType.get(type);
      if (rows?.length) await tx.run(this.registry.get(file), { rows });
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
    if (addressIds.length || caseIds.length) {
      const result = await tx.run(this.registry.get('ingest/affected-persons'), { addressIds, caseIds });
      for (const id of (toPlain(result.records[0]?.get('personIds')) as string[] | null) ?? []) affected.add(id);
    }
    return {
      records: records.length,
      byType: Object.fromEntries([...byType].map(([t, rows]) => [t, rows.length])),
      affectedPersonIds: [...affected].sort(),
    };
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
    return {
      personBirthDates: new Map((row.persons ?? []).map((p) => [p.id, p.birthDate])),
      addressIds: new Set(row.addresses ?? []),
      caseIds: new Set(row.cases ?? []),
      ancestors,
    };
  }
}

/** Cypher parameters need every optional field present (null) so `row.x IS NULL` works. */
function withNulls(record: IngestRecord): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const key of ['deathDate', 'to', 'summary', 'keywords', 'detail']) if (out[key] === undefined) out[key] = null;
  return out;
}
