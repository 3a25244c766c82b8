import { checkIngestLine, isIsoDate, isIsoDateTime, type ReferenceLookup as ContractReferenceLookup } from '@opspor/contract';
import { recordKey } from './keys.js';
import type { BatchRecord } from './records.js';

/** One problem with one record: where (line), which field, and why. */
export interface IngestProblem {
  line: number;
  field: string;
  reason: string;
}

export interface NumberedRecord {
  line: number;
  record: BatchRecord;
}

/** What the structural check needs to know about reference data. */
export type ReferenceLookup = ContractReferenceLookup;

export { isIsoDate, isIsoDateTime };

/**
 * Checks one parsed line of JSON Lines on its own against the contract's zod schemas: type,
 * required and unknown fields, field types, lengths, formats, enumerations and reference codes.
 * Cross-record checks (references, birth order, ancestry) come later, over the whole batch.
 */
export function checkRecord(raw: unknown, line: number, ref: ReferenceLookup): { record?: BatchRecord; problems: IngestProblem[] } {
  const { ok, problems } = checkIngestLine(raw, ref);
  if (ok) return { record: raw as BatchRecord, problems: [] };
  return { problems: problems.map(({ field, reason }) => ({ line, field, reason })) };
}

/**
 * Parses one line of JSON Lines, the same way on every path (the ingest mutation and the CLI). A
 * U+FFFD is refused: it is what invalid UTF-8 becomes once decoded leniently, so a file must not
 * reach the graph with characters already lost.
 */
export function parseLine(text: string, line: number): { value?: unknown; problem?: IngestProblem } {
  const at = text.indexOf('\uFFFD');
  if (at >= 0) {
    return {
      problem: {
        line,
        field: '(line)',
        reason: `not valid UTF-8 (U+FFFD replacement character at column ${at + 1}); fix the encoding at the source`,
      },
    };
  }
  try {
    return { value: JSON.parse(text.trim()) as unknown };
  } catch (error) {
    return { problem: { line, field: '(line)', reason: `not valid JSON: ${(error as Error).message.slice(0, 120)}` } };
  }
}

/** A byte order mark at the very start of a file or batch is ignored (on every path alike). */
export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Parses JSON Lines text into numbered raw values; blank lines are skipped (but keep numbering). */
export function parseLines(text: string, firstLine = 1): { values: { line: number; value: unknown }[]; problems: IngestProblem[] } {
  const values: { line: number; value: unknown }[] = [];
  const problems: IngestProblem[] = [];
  stripBom(text)
    .split('\n')
    .forEach((rawLine, index) => {
      const line = firstLine + index;
      if (rawLine.trim() === '') return;
      const parsed = parseLine(rawLine, line);
      if (parsed.problem) problems.push(parsed.problem);
      else values.push({ line, value: parsed.value });
    });
  return { values, problems };
}

/** Existing graph facts the batch check needs (from the database). */
export interface StoredFacts {
  personBirthDates: Map<string, string>;
  addressIds: Set<string>;
  caseIds: Set<string>;
  /** stored ancestors of persons named as parents or children in the batch */
  ancestors: Map<string, string[]>;
  /** stored parents and children (with birth dates) of stored persons the batch sends again */
  kin?: Map<string, { parents: KinBirth[]; children: KinBirth[] }>;
}

export interface KinBirth {
  id: string;
  birthDate: string;
}

export interface BatchRefs {
  personIds: string[];
  addressIds: string[];
  caseIds: string[];
}

export interface RecordReference {
  kind: 'person' | 'address' | 'case';
  id: string;
  field: string;
}

/** The records a record refers to, with the field that names each (a retract refers to its target by key). */
export function recordReferences(r: BatchRecord): RecordReference[] {
  switch (r.type) {
    case 'residence':
      return [
        { kind: 'person', id: r.personId, field: 'personId' },
        { kind: 'address', id: r.addressId, field: 'addressId' },
      ];
    case 'parent':
      return [
        { kind: 'person', id: r.parentId, field: 'parentId' },
        { kind: 'person', id: r.childId, field: 'childId' },
      ];
    case 'partner':
      return [
        { kind: 'person', id: r.personA, field: 'personA' },
        { kind: 'person', id: r.personB, field: 'personB' },
      ];
    case 'involvement':
      return [
        { kind: 'person', id: r.personId, field: 'personId' },
        { kind: 'case', id: r.caseId, field: 'caseId' },
      ];
    case 'indicator':
      return [{ kind: 'person', id: r.personId, field: 'personId' }];
    default:
      return [];
  }
}

/** Ids the batch refers to but does not itself define: to be looked up in the database. */
export function referencedIds(records: NumberedRecord[]): BatchRefs {
  const defined = definedIds(records);
  const wanted = { person: new Set<string>(), address: new Set<string>(), case: new Set<string>() };
  const have = {
    person: (id: string) => defined.persons.has(id),
    address: (id: string) => defined.addresses.has(id),
    case: (id: string) => defined.cases.has(id),
  };
  for (const { record } of records) {
    for (const ref of recordReferences(record)) if (!have[ref.kind](ref.id)) wanted[ref.kind].add(ref.id);
    // A person sent again may change its birth date: the stored one is needed for the kin check.
    if (record.type === 'person') wanted.person.add(record.id);
  }
  return { personIds: [...wanted.person], addressIds: [...wanted.address], caseIds: [...wanted.case] };
}

function definedIds(records: NumberedRecord[]) {
  const persons = new Map<string, string>();
  const addresses = new Set<string>();
  const cases = new Set<string>();
  for (const { record: r } of records) {
    if (r.type === 'person') persons.set(r.id, r.birthDate);
    else if (r.type === 'address') addresses.add(r.id);
    else if (r.type === 'case') cases.add(r.id);
  }
  return { persons, addresses, cases };
}

/** Lines that retract a person, address or case, by `type:id`. */
function retractedNodes(records: NumberedRecord[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const { line, record: r } of records) {
    if (r.type === 'retract' && (r.target === 'person' || r.target === 'address' || r.target === 'case'))
      out.set(`${r.target}:${r.id}`, line);
  }
  return out;
}

/** The same key twice with other values, or both sent and retracted, is ambiguous: refused. */
function keyConflicts(records: NumberedRecord[]): IngestProblem[] {
  const problems: IngestProblem[] = [];
  const seen = new Map<string, { line: number; json: string; retract: boolean }>();
  for (const { line, record } of records) {
    const key = recordKey(record);
    const json = JSON.stringify(record);
    const first = seen.get(key.text);
    if (!first) {
      seen.set(key.text, { line, json, retract: record.type === 'retract' });
      continue;
    }
    if (first.json === json) continue;
    problems.push(duplicateKeyProblem(line, record, first.line, first.retract));
  }
  return problems;
}

/** A key sent twice in one batch with other values (or both sent and retracted): the problem on the later line. */
export function duplicateKeyProblem(line: number, record: BatchRecord, firstLine: number, firstIsRetract = false): IngestProblem {
  const key = recordKey(record);
  const field = Object.keys(key.fields)[0]!;
  const retract = firstIsRetract || record.type === 'retract';
  return {
    line,
    field: record.type === 'retract' ? 'target' : field,
    reason: retract
      ? `${key.text} is both sent and retracted in this batch (line ${firstLine}); send the retract in an earlier batch`
      : `${key.text} appears again with other values (first on line ${firstLine})`,
  };
}

/** A child must be born after its parent: the problem, or undefined when the order is right. */
export function birthOrderProblem(line: number, field: string, parent: KinBirth, child: KinBirth): IngestProblem | undefined {
  if (child.birthDate > parent.birthDate) return undefined;
  return {
    line,
    field,
    reason: `child "${child.id}" (born ${child.birthDate}) is not born after parent "${parent.id}" (born ${parent.birthDate})`,
  };
}

/**
 * Checks across the batch and the stored graph: duplicate keys with conflicting values, unknown
 * or retracted references, a child born before its parent (also when a stored person's birth date
 * is corrected), and anybody becoming their own ancestor.
 */
export function checkBatch(records: NumberedRecord[], stored: StoredFacts): IngestProblem[] {
  const problems: IngestProblem[] = keyConflicts(records);
  const defined = definedIds(records);
  const retracted = retractedNodes(records);
  const gone = (kind: string, id: string) => retracted.get(`${kind}:${id}`);

  const birthOf = (id: string) => defined.persons.get(id) ?? stored.personBirthDates.get(id);
  const needRef = (line: number, field: string, kind: 'person' | 'address' | 'case', id: string) => {
    const retractLine = gone(kind, id);
    const exists =
      kind === 'person'
        ? birthOf(id) !== undefined
        : kind === 'address'
          ? defined.addresses.has(id) || stored.addressIds.has(id)
          : defined.cases.has(id) || stored.caseIds.has(id);
    if (retractLine !== undefined)
      problems.push({ line, field, reason: `${kind} "${id}" is retracted in this batch (line ${retractLine})` });
    else if (!exists) problems.push({ line, field, reason: `unknown ${kind} "${id}"` });
  };
  const notYounger = (line: number, field: string, parent: KinBirth, child: KinBirth) => {
    const problem = birthOrderProblem(line, field, parent, child);
    if (problem) problems.push(problem);
  };

  const parentEdges: { line: number; parent: string; child: string }[] = [];
  const batchParentKeys = new Set<string>();
  for (const { line, record: r } of records) {
    for (const ref of recordReferences(r)) needRef(line, ref.field, ref.kind, ref.id);
    if (r.type === 'parent') {
      const parentBorn = birthOf(r.parentId);
      const childBorn = birthOf(r.childId);
      if (parentBorn && childBorn)
        notYounger(line, 'childId', { id: r.parentId, birthDate: parentBorn }, { id: r.childId, birthDate: childBorn });
      parentEdges.push({ line, parent: r.parentId, child: r.childId });
      batchParentKeys.add(`${r.parentId}>${r.childId}`);
    }
  }
  // A corrected birth date must still fit the stored parents and children (as on insert).
  const retractedLinks = new Set(
    records.flatMap(({ record: r }) => (r.type === 'retract' && r.target === 'parent' ? [`${r.parentId}>${r.childId}`] : [])),
  );
  for (const { line, record: r } of records) {
    if (r.type !== 'person') continue;
    const kin = stored.kin?.get(r.id);
    if (!kin) continue;
    const self = { id: r.id, birthDate: r.birthDate };
    const current = (k: KinBirth) => ({ id: k.id, birthDate: birthOf(k.id) ?? k.birthDate });
    for (const parent of kin.parents) {
      const link = `${parent.id}>${r.id}`;
      if (!retractedLinks.has(link) && !batchParentKeys.has(link)) notYounger(line, 'birthDate', current(parent), self);
    }
    for (const child of kin.children) {
      const link = `${r.id}>${child.id}`;
      if (!retractedLinks.has(link) && !batchParentKeys.has(link)) notYounger(line, 'birthDate', self, current(child));
    }
  }
  problems.push(...ancestryCycles(parentEdges, stored.ancestors));
  return problems.sort((a, b) => a.line - b.line);
}

/** A new PARENT_OF edge parent→child closes a cycle when child is already an ancestor of parent. */
export function ancestryCycles(edges: { line: number; parent: string; child: string }[], stored: Map<string, string[]>): IngestProblem[] {
  const parentsOf = new Map<string, Set<string>>();
  const add = (child: string, parent: string) => {
    const set = parentsOf.get(child) ?? new Set<string>();
    set.add(parent);
    parentsOf.set(child, set);
  };
  for (const e of edges) add(e.child, e.parent);
  const problems: IngestProblem[] = [];
  for (const e of edges) {
    if (e.parent === e.child) continue; // reported by the record check
    // Walk up from the parent through batch edges and stored ancestors; finding the child is a cycle.
    const stack = [e.parent];
    const visited = new Set<string>();
    let cycle = false;
    while (stack.length > 0 && !cycle) {
      const id = stack.pop()!;
      if (visited.has(id)) continue;
      visited.add(id);
      for (const up of [...(parentsOf.get(id) ?? []), ...(stored.get(id) ?? [])]) {
        if (up === e.child) {
          cycle = true;
          break;
        }
        stack.push(up);
      }
    }
    if (cycle) problems.push({ line: e.line, field: 'parentId', reason: `"${e.child}" would become their own ancestor` });
  }
  return problems;
}
