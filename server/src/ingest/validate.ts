import { INDICATOR_KINDS } from '../reference/reference-data.js';
import { KEY_FIELDS, recordKey } from './keys.js';
import { INVOLVEMENT_ROLES, PARTNER_KINDS, RECORD_TYPES, SEXES, type BatchRecord, type RecordType } from './records.js';

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
export interface ReferenceLookup {
  isMunicipality(code: string): boolean;
  isDistrict(code: string): boolean;
  isCategory(code: string): boolean;
}

const MAX = { id: 100, name: 200, text: 200, summary: 10_000, keyword: 100, keywords: 50, detail: 2_000, reason: 1_000 };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// ISO date-time with an explicit offset (Z or ±hh:mm), seconds and fractions optional.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const FIELDS: Record<RecordType, { required: string[]; optional: string[] }> = {
  person: { required: ['id', 'name', 'sex', 'birthDate'], optional: ['deathDate'] },
  address: { required: ['id', 'street', 'postalCode', 'city', 'municipalityCode'], optional: [] },
  residence: { required: ['personId', 'addressId', 'from'], optional: ['to', 'id'] },
  parent: { required: ['parentId', 'childId'], optional: [] },
  partner: { required: ['personA', 'personB', 'kind', 'from'], optional: ['to'] },
  case: {
    required: ['id', 'journalNo', 'category', 'occurredAt', 'policeDistrictCode'],
    optional: ['summary', 'keywords', 'subcategory'],
  },
  involvement: { required: ['caseId', 'personId', 'role'], optional: [] },
  indicator: { required: ['id', 'personId', 'kind', 'date', 'municipalityCode'], optional: ['detail'] },
};
/** Every record may carry it: when the source system last changed the record. */
const COMMON_OPTIONAL = ['sourceUpdatedAt'];
const LINE_TYPES: readonly string[] = [...RECORD_TYPES, 'retract'];
/** A retract names its target by key: a residence by `id` or by person, address and `from`. */
function retractKeyFields(target: RecordType, obj: Record<string, unknown>): readonly string[] {
  return target === 'residence' && obj.id !== undefined ? ['id'] : KEY_FIELDS[target];
}

/** A real calendar date in YYYY-MM-DD form. */
export function isIsoDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function isIsoDateTime(value: string): boolean {
  return DATE_TIME.test(value) && isIsoDate(value.slice(0, 10)) && !Number.isNaN(Date.parse(value));
}

/**
 * Parses one line of JSON Lines and checks it on its own: type, required and unknown fields,
 * field types, lengths, formats, enumerations and reference codes. Cross-record checks
 * (references, birth order, ancestry) come later, over the whole batch.
 */
export function checkRecord(raw: unknown, line: number, ref: ReferenceLookup): { record?: BatchRecord; problems: IngestProblem[] } {
  const problems: IngestProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ line, field, reason });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problem('(record)', 'must be a JSON object');
    return { problems };
  }
  const obj = raw as Record<string, unknown>;
  const type = obj.type;
  if (typeof type !== 'string' || !LINE_TYPES.includes(type)) {
    problem(
      'type',
      typeof type === 'string' ? `unknown type "${type.slice(0, 40)}"; expected one of ${LINE_TYPES.join(', ')}` : 'is required',
    );
    return { problems };
  }
  const target = type === 'retract' ? obj.target : undefined;
  if (type === 'retract' && (typeof target !== 'string' || !(RECORD_TYPES as readonly string[]).includes(target))) {
    problem('target', `must be one of ${RECORD_TYPES.join(', ')}${typeof target === 'string' ? `, got "${target.slice(0, 40)}"` : ''}`);
    return { problems };
  }
  const spec =
    type === 'retract'
      ? { required: ['target', 'reason', ...retractKeyFields(target as RecordType, obj)], optional: [] }
      : FIELDS[type as RecordType];
  for (const key of Object.keys(obj)) {
    if (key !== 'type' && !spec.required.includes(key) && !spec.optional.includes(key) && !COMMON_OPTIONAL.includes(key)) {
      problem(key, type === 'retract' ? `unknown field for a retract of a ${String(target)}` : `unknown field for a ${type} record`);
    }
  }
  for (const key of spec.required) {
    if (obj[key] === undefined || obj[key] === null) problem(key, 'is required');
  }

  const str = (key: string, max: number, optional = false): string | undefined => {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') {
      problem(key, `must be a string, got ${Array.isArray(value) ? 'array' : typeof value}`);
      return undefined;
    }
    if (!optional && value.trim() === '') problem(key, 'must not be empty');
    else if (value.length > max) problem(key, `is longer than ${max} characters (${value.length})`);
    else if (LONE_SURROGATE.test(value)) problem(key, 'is not valid Unicode (lone surrogate)');
    else return value;
    return undefined;
  };
  const date = (key: string, optional = false): string | undefined => {
    const value = str(key, 10, optional);
    if (value !== undefined && !isIsoDate(value)) {
      problem(key, `must be a date YYYY-MM-DD, got "${value}"`);
      return undefined;
    }
    return value;
  };
  const oneOf = <T extends string>(key: string, values: readonly T[]): T | undefined => {
    const value = str(key, 40);
    if (value !== undefined && !(values as readonly string[]).includes(value)) {
      problem(key, `must be one of ${values.join(', ')}, got "${value}"`);
      return undefined;
    }
    return value as T | undefined;
  };

  const stamp = str('sourceUpdatedAt', 40, true);
  if (stamp !== undefined && !isIsoDateTime(stamp)) problem('sourceUpdatedAt', `must be an ISO date-time with offset, got "${stamp}"`);

  switch (type as RecordType | 'retract') {
    case 'retract': {
      str('reason', MAX.reason);
      for (const field of retractKeyFields(target as RecordType, obj)) {
        if (field === 'from') date('from');
        else str(field, MAX.id);
      }
      break;
    }
    case 'person': {
      str('id', MAX.id);
      str('name', MAX.name);
      oneOf('sex', SEXES);
      const born = date('birthDate');
      const died = date('deathDate', true);
      if (born && died && died < born) problem('deathDate', `is before birthDate ${born}`);
      break;
    }
    case 'address': {
      str('id', MAX.id);
      str('street', MAX.text);
      const postal = str('postalCode', 10);
      if (postal !== undefined && !/^\d{4}$/.test(postal)) problem('postalCode', `must be a 4-digit Danish postal code, got "${postal}"`);
      str('city', MAX.text);
      const code = str('municipalityCode', 3);
      if (code !== undefined && !ref.isMunicipality(code)) problem('municipalityCode', `unknown municipality code "${code}"`);
      break;
    }
    case 'residence': {
      str('id', MAX.id, true);
      str('personId', MAX.id);
      str('addressId', MAX.id);
      const from = date('from');
      const to = date('to', true);
      if (from && to && to < from) problem('to', `ends (${to}) before it starts (${from})`);
      break;
    }
    case 'parent': {
      const parent = str('parentId', MAX.id);
      const child = str('childId', MAX.id);
      if (parent && parent === child) problem('childId', 'a person cannot be their own parent');
      break;
    }
    case 'partner': {
      const a = str('personA', MAX.id);
      const b = str('personB', MAX.id);
      if (a && a === b) problem('personB', 'a person cannot be their own partner');
      oneOf('kind', PARTNER_KINDS);
      const from = date('from');
      const to = date('to', true);
      if (from && to && to < from) problem('to', `ends (${to}) before it starts (${from})`);
      break;
    }
    case 'case': {
      str('id', MAX.id);
      str('journalNo', MAX.id);
      const category = str('category', 60);
      if (category !== undefined && !ref.isCategory(category)) problem('category', `unknown case category "${category}"`);
      const at = str('occurredAt', 40);
      if (at !== undefined && !isIsoDateTime(at)) problem('occurredAt', `must be an ISO date-time with offset, got "${at}"`);
      const district = str('policeDistrictCode', 10);
      if (district !== undefined && !ref.isDistrict(district)) problem('policeDistrictCode', `unknown police district code "${district}"`);
      str('summary', MAX.summary, true);
      str('subcategory', 60, true);
      const keywords = obj.keywords;
      if (keywords !== undefined && keywords !== null) {
        if (!Array.isArray(keywords)) problem('keywords', 'must be an array of strings');
        else if (keywords.length > MAX.keywords) problem('keywords', `has more than ${MAX.keywords} entries`);
        else
          keywords.forEach((k, i) => {
            if (typeof k !== 'string' || k.trim() === '') problem(`keywords[${i}]`, 'must be a non-empty string');
            else if (k.length > MAX.keyword) problem(`keywords[${i}]`, `is longer than ${MAX.keyword} characters`);
            else if (LONE_SURROGATE.test(k)) problem(`keywords[${i}]`, 'is not valid Unicode (lone surrogate)');
          });
      }
      break;
    }
    case 'involvement': {
      str('caseId', MAX.id);
      str('personId', MAX.id);
      oneOf('role', INVOLVEMENT_ROLES);
      break;
    }
    case 'indicator': {
      str('id', MAX.id);
      str('personId', MAX.id);
      oneOf('kind', INDICATOR_KINDS);
      date('date');
      const code = str('municipalityCode', 3);
      if (code !== undefined && !ref.isMunicipality(code)) problem('municipalityCode', `unknown municipality code "${code}"`);
      str('detail', MAX.detail, true);
      break;
    }
  }
  return problems.length > 0 ? { problems } : { record: obj as unknown as BatchRecord, problems };
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
