import { SIGNAL_KINDS } from './flag-enums.js';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Evidence, Signal } from '../risk/index.js';

/**
 * The one typed codec between what Neo4j stores for a flag (JSON strings and lists on Flag,
 * FlagVersion and SupportFlag nodes) and the domain. Everything that reads a flag's signals,
 * evidence, members or their relations to the children goes through here, so a stored value is
 * parsed and validated in exactly one place and a malformed one fails loudly, naming the field.
 */

const evidenceSchema = z
  .object({
    kind: z.enum(['case', 'move', 'co-resident', 'indicator', 'address', 'residence', 'person']),
    id: z.string(),
    date: z.string(),
    category: z.string().optional(),
    subcategory: z.string().optional(),
    role: z.string().optional(),
    district: z.string().optional(),
    matchedKeyword: z.string().optional(),
    categoryWeight: z.number().optional(),
    current: z.boolean().optional(),
    fromAddressId: z.string().optional(),
    fromAddress: z.string().optional(),
    toAddressId: z.string().optional(),
    toAddress: z.string().optional(),
    municipality: z.string().optional(),
    personId: z.string().optional(),
    name: z.string().optional(),
    age: z.number().optional(),
    since: z.string().optional(),
    relation: z.string().optional(),
    detail: z.string().optional(),
  })
  .passthrough();

const signalSchema = z
  .object({
    ruleId: z.string(),
    kind: z.enum(SIGNAL_KINDS),
    weight: z.number(),
    personId: z.string().nullable(),
    addressId: z.string().nullable(),
    value: z.number(),
    threshold: z.number(),
    margin: z.number(),
    evidence: z.array(evidenceSchema),
    currentCaseId: z.string().optional(),
    historyCount: z.number().optional(),
    historySince: z.string().optional(),
  })
  .passthrough();

export type ChildRelationKind = 'parent' | 'parent-partner' | 'sibling' | 'other-adult' | 'self';
export type MemberRole = 'child' | 'adult' | 'parent-elsewhere';

/** How a member of a flag relates to one of its children. */
export interface ChildRelation {
  childId: string;
  relation: string;
}

/** A member of a flag (police or municipal) as stored: who, and how they relate to the children. */
export interface StoredMember {
  personId: string;
  relation: MemberRole;
  livesHere: boolean;
  relations: ChildRelation[];
}

const relationSchema = z.object({ childId: z.string(), relation: z.string() });
// The first shape wrote relations as `childId=relation` strings; they read as objects.
const legacyRelationSchema = z.string().transform((r) => decodeRelationStrings([r])[0]!);
const memberSchema = z.object({
  personId: z.string(),
  relation: z.enum(['child', 'adult', 'parent-elsewhere']),
  livesHere: z.boolean(),
  relations: z.array(z.union([relationSchema, legacyRelationSchema])),
});

/** Raised when a stored value does not have the shape the codec expects. */
export class FlagCodecError extends Error {
  constructor(field: string, detail: string) {
    super(`stored flag ${field} is malformed: ${detail}`);
  }
}

function parse<T>(schema: z.ZodType, raw: string | null | undefined, field: string): T {
  if (raw === null || raw === undefined || raw === '') return [] as T;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new FlagCodecError(field, 'not JSON');
  }
  const result = schema.safeParse(value);
  if (!result.success) throw new FlagCodecError(field, result.error.issues[0]?.message ?? 'invalid');
  return result.data as T;
}

/** Relations as the first version stored them on HAS_MEMBER: `childId=relation` strings. */
export function decodeRelationStrings(values: readonly string[] | null | undefined): ChildRelation[] {
  return (values ?? []).map((r) => {
    const at = r.indexOf('=');
    return at < 0 ? { childId: r, relation: '' } : { childId: r.slice(0, at), relation: r.slice(at + 1) };
  });
}

export function decodeSignals(raw: string | null | undefined): Signal[] {
  return parse<Signal[]>(z.array(signalSchema), raw, 'signals');
}

export function decodeMembers(raw: string | null | undefined): StoredMember[] {
  return parse<StoredMember[]>(z.array(memberSchema), raw, 'members');
}

/** Signals in a canonical order (by rule, then subject; evidence by date, kind and id), so equal content encodes equally. */
export function canonicalSignals(signals: readonly Signal[]): Signal[] {
  return [...signals]
    .map((s) => ({
      ...s,
      evidence: [...s.evidence].sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)),
    }))
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId) || (a.personId ?? a.addressId ?? '').localeCompare(b.personId ?? b.addressId ?? ''));
}

export function encodeSignals(signals: readonly Signal[]): string {
  return stableStringify(canonicalSignals(signals));
}

export function canonicalMembers(members: readonly StoredMember[]): StoredMember[] {
  return [...members]
    .map((m) => ({
      personId: m.personId,
      relation: m.relation,
      livesHere: m.livesHere,
      relations: [...m.relations].sort((a, b) => a.childId.localeCompare(b.childId)),
    }))
    .sort((a, b) => a.personId.localeCompare(b.personId));
}

export function encodeMembers(members: readonly StoredMember[]): string {
  return stableStringify(canonicalMembers(members));
}

/** The ids of the cases a set of signals cites (what retention must keep while the flag cites them). */
export function citedCaseIds(signals: readonly Signal[]): string[] {
  return [...new Set(signals.flatMap((s) => s.evidence.filter((e) => e.kind === 'case').map((e) => e.id)))].sort();
}

/** The police districts that registered a case in the evidence (they may read the flag). */
export function caseDistricts(signals: readonly Signal[]): string[] {
  return [
    ...new Set(signals.flatMap((s) => s.evidence.filter((e) => e.kind === 'case' && e.district).map((e) => e.district as string))),
  ].sort();
}

/** JSON with object keys sorted at every level: the same value always gives the same text (and hash). */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  }
  return value;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Cursor paging shared by the flag lists (police and municipal). */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : 0;
}

export type { Evidence, Signal };
