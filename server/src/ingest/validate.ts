import { INDICATOR_KINDS } from '../reference/reference-data.js';
import { INVOLVEMENT_ROLES, PARTNER_KINDS, RECORD_TYPES, SEXES, type IngestRecord, type RecordType } from './records.js';

/** One problem with one record: where (line), which field, and why. */
export interface IngestProblem {
  line: number;
  field: string;
  reason: string;
}

export interface NumberedRecord {
  line: number;
  record: IngestRecord;
}

/** What the structural check needs to know about reference data. */
export interface ReferenceLookup {
  isMunicipality(code: string): boolean;
  isDistrict(code: string): boolean;
  isCategory(code: string): boolean;
}

const MAX = { id: 100, name: 200, text: 200, summary: 10_000, keyword: 100, keywords: 50, detail: 2_000 };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// ISO date-time with an explicit offset (Z or ±hh:mm), seconds and fractions optional.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const FIELDS: Record<RecordType, { required: string[]; optional: string[] }> = {
  person: { required: ['id', 'name', 'sex', 'birthDate'], optional: ['deathDate'] },
  address: { required: ['id', 'street', 'postalCode', 'city', 'municipalityCode'], optional: [] },
  residence: { required: ['personId', 'addressId', 'from'], optional: ['to'] },
  parent: { required: ['parentId', 'childId'], optional: [] },
  partner: { required: ['personA', 'personB', 'kind', 'from'], optional: ['to'] },
  case: { required: ['id', 'journalNo', 'category', 'occurredAt', 'policeDistrictCode'], optional: ['summary', 'keywords'] },
  involvement: { required: ['caseId', 'personId', 'role'], optional: [] },
  indicator: { required: ['id', 'personId', 'kind', 'date', 'municipalityCode'], optional: ['detail'] },
};

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
export function checkRecord(raw: unknown, line: number, ref: ReferenceLookup): { record?: IngestRecord; problems: IngestProblem[] } {
  const problems: IngestProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ line, field, reason });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problem('(record)', 'must be a JSON object');
    return { problems };
  }
  const obj = raw as Record<string, unknown>;
  const type = obj.type;
  if (typeof type !== 'string' || !(RECORD_TYPES as readonly string[]).includes(type)) {
    problem(
      'type',
      typeof type === 'string' ? `unknown type "${type.slice(0, 40)}"; expected one of ${RECORD_TYPES.join(', ')}` : 'is required',
    );
    return { problems };
  }
  const spec = FIELDS[type as RecordType];
  for (const key of Object.keys(obj)) {
    if (key !== 'type' && !spec.required.includes(key) && !spec.optional.includes(key)) problem(key, `unknown field for a ${type} record`);
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

  switch (type as RecordType) {
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
  return problems.length > 0 ? { problems } : { record: obj as unknown as IngestRecord, problems };
}

/** Parses JSON Lines text into numbered raw values; blank lines are skipped (but keep numbering). */
export function parseLines(text: string, firstLine = 1): { values: { line: number; value: unknown }[]; problems: IngestProblem[] } {
  const values: { line: number; value: unknown }[] = [];
  const problems: IngestProblem[] = [];
  text.split('\n').forEach((rawLine, index) => {
    const line = firstLine + index;
    const trimmed = rawLine.trim();
    if (trimmed === '') return;
    try {
      values.push({ line, value: JSON.parse(trimmed) as unknown });
    } catch (error) {
      problems.push({ line, field: '(line)', reason: `not valid JSON: ${(error as Error).message.slice(0, 120)}` });
    }
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

/** The records a record refers to, with the field that names each. */
export function recordReferences(r: IngestRecord): RecordReference[] {
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

/**
 * Checks across the batch and the stored graph: duplicates with conflicting values, unknown
 * references, a child born before its parent, and anybody becoming their own ancestor.
 */
export function checkBatch(records: NumberedRecord[], stored: StoredFacts): IngestProblem[] {
  const problems: IngestProblem[] = [];
  const defined = definedIds(records);
  const seen = new Map<string, { line: number; json: string }>();
  for (const { line, record } of records) {
    if (!('id' in record)) continue;
    const key = `${record.type}:${record.id}`;
    const json = JSON.stringify(record);
    const first = seen.get(key);
    if (first && first.json !== json) {
      problems.push({
        line,
        field: 'id',
        reason: `${record.type} "${record.id}" appears again with other values (first on line ${first.line})`,
      });
    } else if (!first) seen.set(key, { line, json });
  }

  const birthOf = (id: string) => defined.persons.get(id) ?? stored.personBirthDates.get(id);
  const personExists = (id: string) => birthOf(id) !== undefined;
  const needPerson = (line: number, field: string, id: string) => {
    if (!personExists(id)) problems.push({ line, field, reason: `unknown person "${id}"` });
  };

  const parentEdges: { line: number; parent: string; child: string }[] = [];
  for (const { line, record: r } of records) {
    switch (r.type) {
      case 'residence':
        needPerson(line, 'personId', r.personId);
        if (!defined.addresses.has(r.addressId) && !stored.addressIds.has(r.addressId)) {
          problems.push({ line, field: 'addressId', reason: `unknown address "${r.addressId}"` });
        }
        break;
      case 'parent': {
        needPerson(line, 'parentId', r.parentId);
        needPerson(line, 'childId', r.childId);
        const parentBorn = birthOf(r.parentId);
        const childBorn = birthOf(r.childId);
        if (parentBorn && childBorn && childBorn <= parentBorn) {
          problems.push({
            line,
            field: 'childId',
            reason: `child "${r.childId}" (born ${childBorn}) is not born after parent "${r.parentId}" (born ${parentBorn})`,
          });
        }
        parentEdges.push({ line, parent: r.parentId, child: r.childId });
        break;
      }
      case 'partner':
        needPerson(line, 'personA', r.personA);
        needPerson(line, 'personB', r.personB);
        break;
      case 'involvement':
        needPerson(line, 'personId', r.personId);
        if (!defined.cases.has(r.caseId) && !stored.caseIds.has(r.caseId)) {
          problems.push({ line, field: 'caseId', reason: `unknown case "${r.caseId}"` });
        }
        break;
      case 'indicator':
        needPerson(line, 'personId', r.personId);
        break;
      default:
        break;
    }
  }
  problems.push(...ancestryCycles(parentEdges, stored.ancestors));
  return problems.sort((a, b) => a.line - b.line);
}

/** A new PARENT_OF edge parent→child closes a cycle when child is already an ancestor of parent. */
function ancestryCycles(edges: { line: number; parent: string; child: string }[], stored: Map<string, string[]>): IngestProblem[] {
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
