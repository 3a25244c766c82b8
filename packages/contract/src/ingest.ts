// The public ingest format (shared/contract/ingest-format.md) as zod schemas: one JSON object a
// line, `type` says which record. The schemas carry the reasons a line is refused; checkIngestLine
// turns their issues into field/reason problems (the server adds the line number).
import { z } from 'zod';
import { isIsoDate, isIsoDateTime } from './dates.js';

export const RECORD_TYPES = ['person', 'address', 'residence', 'parent', 'partner', 'case', 'involvement', 'indicator'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];
/** What a line's `type` may be: a record type, or `retract`. */
export const LINE_TYPES: readonly string[] = [...RECORD_TYPES, 'retract'];

export const SEXES = ['F', 'M', 'U'] as const;
export type Sex = (typeof SEXES)[number];
export const PARTNER_KINDS = ['married', 'cohabiting'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const INVOLVEMENT_ROLES = ['suspect', 'charged', 'victim', 'witness', 'reporter', 'other'] as const;
export type InvolvementRole = (typeof INVOLVEMENT_ROLES)[number];
/** Municipal indicator kinds; an unknown kind is an error. */
export const INDICATOR_KINDS = [
  'dental-no-show',
  'notification',
  'addiction-treatment',
  'psychiatric-treatment',
  'transfer-income',
  'jobcenter-contact',
  'extra-health-visits',
  'school-absence',
] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** Longest accepted value per kind of field (characters; `keywords` counts entries). */
export const INGEST_LIMITS = {
  id: 100,
  name: 200,
  text: 200,
  summary: 10_000,
  keyword: 100,
  keywords: 50,
  detail: 2_000,
  reason: 1_000,
  code: 40,
  category: 60,
  postalCode: 10,
  municipalityCode: 3,
  districtCode: 10,
  date: 10,
  dateTime: 40,
} as const;

/** The key fields of each record type ("Keys and corrections"); a residence is keyed by `id` when it has one. */
export const KEY_FIELDS: Record<RecordType, readonly string[]> = {
  person: ['id'],
  address: ['id'],
  case: ['id'],
  indicator: ['id'],
  involvement: ['caseId', 'personId'],
  residence: ['personId', 'addressId', 'from'],
  parent: ['parentId', 'childId'],
  partner: ['personA', 'personB', 'from'],
};

/** What the record check needs to know about reference data (municipalities, districts, categories). */
export interface ReferenceLookup {
  isMunicipality(code: string): boolean;
  isDistrict(code: string): boolean;
  isCategory(code: string): boolean;
}

/** The reason for a missing (absent or null) required field. */
export const REQUIRED = 'is required';
/** The field named when the line as a whole is wrong. */
export const WHOLE_RECORD = '(record)';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const kindOf = (value: unknown) => (Array.isArray(value) ? 'array' : typeof value);
const shown = (value: unknown) => String(value);

const tooLong = (max: number) => (iss: { input?: unknown }) => `is longer than ${max} characters (${shown((iss.input as string).length)})`;

/** A required string field: present, not blank, at most `max` characters, valid Unicode. */
function text(max: number) {
  return z
    .string({ error: (iss) => (iss.input == null ? REQUIRED : `must be a string, got ${kindOf(iss.input)}`) })
    .refine((v) => v.trim() !== '', { error: 'must not be empty' })
    .refine((v) => v.length <= max, { error: tooLong(max) })
    .refine((v) => !LONE_SURROGATE.test(v), { error: 'is not valid Unicode (lone surrogate)' });
}
/** An optional string field (null or absent is fine, empty is allowed); `.nullish()` it after its own checks. */
function someText(max: number) {
  return z
    .string({ error: (iss) => `must be a string, got ${kindOf(iss.input)}` })
    .refine((v) => v.length <= max, { error: tooLong(max) })
    .refine((v) => !LONE_SURROGATE.test(v), { error: 'is not valid Unicode (lone surrogate)' });
}
const optionalText = (max: number) => someText(max).nullish();
const dateCheck = [isIsoDate, { error: (iss: { input?: unknown }) => `must be a date YYYY-MM-DD, got "${shown(iss.input)}"` }] as const;
const date = () => text(INGEST_LIMITS.date).refine(...dateCheck);
const optionalDate = () =>
  someText(INGEST_LIMITS.date)
    .refine(...dateCheck)
    .nullish();
const dateTimeCheck = [
  isIsoDateTime,
  { error: (iss: { input?: unknown }) => `must be an ISO date-time with offset, got "${shown(iss.input)}"` },
] as const;
function oneOf(values: readonly string[]) {
  return text(INGEST_LIMITS.code).refine((v) => values.includes(v), {
    error: (iss) => `must be one of ${values.join(', ')}, got "${shown(iss.input)}"`,
  });
}
const known = (isKnown: (code: string) => boolean, what: string) =>
  [isKnown, { error: (iss: { input?: unknown }) => `unknown ${what} "${shown(iss.input)}"` }] as const;

const sourceUpdatedAt = someText(INGEST_LIMITS.dateTime)
  .refine(...dateTimeCheck)
  .nullish();

const keyword = z
  .string({ error: 'must be a non-empty string' })
  .refine((k) => k.trim() !== '', { error: 'must be a non-empty string' })
  .refine((k) => k.length <= INGEST_LIMITS.keyword, { error: `is longer than ${INGEST_LIMITS.keyword} characters` })
  .refine((k) => !LONE_SURROGATE.test(k), { error: 'is not valid Unicode (lone surrogate)' });

/** A record of one type: its fields in the order they are checked, and nothing else. */
function record<S extends z.ZodRawShape>(type: RecordType, shape: S) {
  return z.strictObject(
    { type: z.literal(type), sourceUpdatedAt, ...shape },
    { error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown field for a ${type} record` : undefined) },
  );
}

type Dated = Record<string, unknown>;
const bothDates = (value: Dated, a: string, b: string) =>
  typeof value[a] === 'string' && typeof value[b] === 'string' && isIsoDate(value[a]) && isIsoDate(value[b]);
const always = { when: () => true };

/** The schema of each record type, checking reference codes with `ref`. */
export function ingestRecordSchemas(ref: ReferenceLookup) {
  const id = () => text(INGEST_LIMITS.id);
  const municipality = () => text(INGEST_LIMITS.municipalityCode).refine(...known((c) => ref.isMunicipality(c), 'municipality code'));
  const period = (value: Dated) => !bothDates(value, 'from', 'to') || (value.to as string) >= (value.from as string);
  const periodError = {
    path: ['to'],
    error: (iss: { input?: unknown }) => `ends (${shown((iss.input as Dated).to)}) before it starts (${shown((iss.input as Dated).from)})`,
    ...always,
  };
  return {
    person: record('person', {
      id: id(),
      name: text(INGEST_LIMITS.name),
      sex: oneOf(SEXES),
      birthDate: date(),
      deathDate: optionalDate(),
    }).refine((v) => !bothDates(v, 'birthDate', 'deathDate') || (v.deathDate as string) >= v.birthDate, {
      path: ['deathDate'],
      error: (iss) => `is before birthDate ${shown((iss.input as Dated).birthDate)}`,
      ...always,
    }),
    address: record('address', {
      id: id(),
      street: text(INGEST_LIMITS.text),
      postalCode: text(INGEST_LIMITS.postalCode).refine((v) => /^\d{4}$/.test(v), {
        error: (iss) => `must be a 4-digit Danish postal code, got "${shown(iss.input)}"`,
      }),
      city: text(INGEST_LIMITS.text),
      municipalityCode: municipality(),
    }),
    residence: record('residence', {
      id: optionalText(INGEST_LIMITS.id),
      personId: id(),
      addressId: id(),
      from: date(),
      to: optionalDate(),
    }).refine(period, periodError),
    parent: record('parent', { parentId: id(), childId: id() }).refine((v) => typeof v.parentId !== 'string' || v.parentId !== v.childId, {
      path: ['childId'],
      error: 'a person cannot be their own parent',
      ...always,
    }),
    partner: record('partner', {
      personA: id(),
      personB: id(),
      kind: oneOf(PARTNER_KINDS),
      from: date(),
      to: optionalDate(),
    })
      .refine((v) => typeof v.personA !== 'string' || v.personA !== v.personB, {
        path: ['personB'],
        error: 'a person cannot be their own partner',
        ...always,
      })
      .refine(period, periodError),
    case: record('case', {
      id: id(),
      journalNo: text(INGEST_LIMITS.id),
      category: text(INGEST_LIMITS.category).refine(...known((c) => ref.isCategory(c), 'case category')),
      occurredAt: text(INGEST_LIMITS.dateTime).refine(...dateTimeCheck),
      policeDistrictCode: text(INGEST_LIMITS.districtCode).refine(...known((c) => ref.isDistrict(c), 'police district code')),
      summary: optionalText(INGEST_LIMITS.summary),
      subcategory: optionalText(INGEST_LIMITS.category),
      keywords: z
        .array(keyword, { error: 'must be an array of strings' })
        .max(INGEST_LIMITS.keywords, { error: `has more than ${INGEST_LIMITS.keywords} entries` })
        .nullish(),
    }),
    involvement: record('involvement', { caseId: id(), personId: id(), role: oneOf(INVOLVEMENT_ROLES) }),
    indicator: record('indicator', {
      id: id(),
      personId: id(),
      kind: oneOf(INDICATOR_KINDS),
      date: date(),
      municipalityCode: municipality(),
      detail: optionalText(INGEST_LIMITS.detail),
    }),
  };
}

/** A retract names its target by key: a residence by `id`, or by person, address and `from`. */
export function retractKeyFields(target: RecordType, value: Record<string, unknown>): readonly string[] {
  return target === 'residence' && value.id !== undefined ? ['id'] : KEY_FIELDS[target];
}

/** The schema of a retract of `target` (keyed as `keyFields` say): reason and key, nothing else. */
export function retractSchema(target: RecordType, keyFields: readonly string[]) {
  const keys = Object.fromEntries(keyFields.map((f) => [f, f === 'from' ? date() : text(INGEST_LIMITS.id)]));
  return z.strictObject(
    { type: z.literal('retract'), target: z.literal(target), sourceUpdatedAt, reason: text(INGEST_LIMITS.reason), ...keys },
    { error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown field for a retract of a ${target}` : undefined) },
  );
}

/** What every line must be first: an object with a known `type` (and a retract a known `target`). */
const lineHead = z.looseObject(
  {
    type: z.string({ error: REQUIRED }).refine((t) => LINE_TYPES.includes(t), {
      error: (iss) => `unknown type "${shown(iss.input).slice(0, 40)}"; expected one of ${LINE_TYPES.join(', ')}`,
    }),
  },
  { error: 'must be a JSON object' },
);
const retractHead = z.looseObject({
  target: z.unknown().refine((t) => typeof t === 'string' && (RECORD_TYPES as readonly string[]).includes(t), {
    error: (iss) => `must be one of ${RECORD_TYPES.join(', ')}${typeof iss.input === 'string' ? `, got "${iss.input.slice(0, 40)}"` : ''}`,
  }),
});

/** One problem with one line: the field (a dotted path, array entries as `[i]`) and the reason. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/**
 * Zod's issues as field problems: unknown fields first, then missing ones, then the rest, each in
 * the order the schema checks them, one problem per field.
 */
export function issueProblems(issues: readonly z.core.$ZodIssue[], fieldOrder: readonly string[] = []): FieldProblem[] {
  const unknown: FieldProblem[] = [];
  const missing: FieldProblem[] = [];
  const rest: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) unknown.push({ field: key, reason: issue.message });
      continue;
    }
    const field = fieldName(issue.path);
    if (seen.has(field)) continue;
    seen.add(field);
    (issue.message === REQUIRED ? missing : rest).push({ field, reason: issue.message });
  }
  // A check across fields (an end before its start) is reported where its field is checked.
  const rank = (p: FieldProblem) => {
    const at = fieldOrder.indexOf(p.field.replace(/[[.].*$/, ''));
    return at < 0 ? fieldOrder.length : at;
  };
  rest.sort((a, b) => rank(a) - rank(b));
  return [...unknown, ...missing, ...rest];
}

function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return WHOLE_RECORD;
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${String(p)}`)).join('');
}

const cache = new WeakMap<ReferenceLookup, ReturnType<typeof ingestRecordSchemas>>();
const retractCache = new Map<string, ReturnType<typeof retractSchema>>();

/**
 * Checks one parsed line on its own: type, required and unknown fields, field types, lengths,
 * formats, enumerations and reference codes. `ok` means the value is a valid record of its type.
 */
export function checkIngestLine(raw: unknown, ref: ReferenceLookup): { ok: boolean; problems: FieldProblem[] } {
  const head = lineHead.safeParse(raw);
  if (!head.success) return { ok: false, problems: issueProblems(head.error.issues) };
  const type = head.data.type;
  let schema: z.ZodObject;
  if (type === 'retract') {
    const target = retractHead.safeParse(raw);
    if (!target.success) return { ok: false, problems: issueProblems(target.error.issues) };
    const name = target.data.target as RecordType;
    const keyFields = retractKeyFields(name, raw as Record<string, unknown>);
    const cacheKey = `${name}:${keyFields.join(',')}`;
    let retract = retractCache.get(cacheKey);
    if (!retract) retractCache.set(cacheKey, (retract = retractSchema(name, keyFields)));
    schema = retract;
  } else {
    let schemas = cache.get(ref);
    if (!schemas) cache.set(ref, (schemas = ingestRecordSchemas(ref)));
    schema = schemas[type as RecordType];
  }
  const result = schema.safeParse(raw);
  return result.success
    ? { ok: true, problems: [] }
    : { ok: false, problems: issueProblems(result.error.issues, Object.keys(schema.shape)) };
}
