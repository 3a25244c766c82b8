import type { Signal } from '../risk/index.js';
import { canonicalMembers, canonicalSignals, sha256, stableStringify, type StoredMember } from './codec.js';

/** What one evaluation found for a flag: everything a version records. */
export interface FlagContent {
  addressId: string;
  municipalityCode: string;
  districtCode: string;
  score: number;
  scoreExplanation: string;
  ruleIds: string[];
  childIds: string[];
  members: StoredMember[];
  signals: Signal[];
}

/**
 * The fingerprint of a flag's content: equal content (whatever the evaluation date) gives an equal
 * hash, so a re-evaluation that finds the same thing writes no new version.
 */
export function contentHash(content: FlagContent): string {
  return sha256(
    stableStringify({
      addressId: content.addressId,
      municipalityCode: content.municipalityCode,
      districtCode: content.districtCode,
      score: content.score,
      ruleIds: [...content.ruleIds].sort(),
      childIds: [...content.childIds].sort(),
      members: canonicalMembers(content.members),
      signals: canonicalSignals(content.signals),
    }),
  );
}

export interface SignalRef {
  ruleId: string;
  personId: string | null;
  addressId: string | null;
}

export interface EvidenceRef extends SignalRef {
  kind: string;
  id: string;
  date: string;
}

/** What changed from one version of a flag to another. */
export interface VersionDiff {
  fromVersion: number;
  toVersion: number;
  signalsAdded: SignalRef[];
  signalsRemoved: SignalRef[];
  evidenceAdded: EvidenceRef[];
  evidenceRemoved: EvidenceRef[];
  scoreFrom: number;
  scoreTo: number;
  addressFrom: string | null;
  addressTo: string | null;
  membersAdded: string[];
  membersRemoved: string[];
}

export interface VersionSide {
  n: number;
  score: number;
  addressId: string;
  signals: Signal[];
  members: StoredMember[];
}

const signalKey = (s: SignalRef) => `${s.ruleId}|${s.personId ?? ''}|${s.addressId ?? ''}`;
const toRef = (s: Signal): SignalRef => ({ ruleId: s.ruleId, personId: s.personId, addressId: s.addressId });

function evidenceOf(signals: Signal[]): Map<string, EvidenceRef> {
  const out = new Map<string, EvidenceRef>();
  for (const s of signals)
    for (const e of s.evidence) out.set(`${signalKey(s)}|${e.kind}|${e.id}`, { ...toRef(s), kind: e.kind, id: e.id, date: e.date });
  return out;
}

export function diffVersions(from: VersionSide, to: VersionSide): VersionDiff {
  const fromSignals = new Map(from.signals.map((s) => [signalKey(s), toRef(s)]));
  const toSignals = new Map(to.signals.map((s) => [signalKey(s), toRef(s)]));
  const fromEvidence = evidenceOf(from.signals);
  const toEvidence = evidenceOf(to.signals);
  const fromMembers = new Set(from.members.map((m) => m.personId));
  const toMembers = new Set(to.members.map((m) => m.personId));
  const byDate = (a: EvidenceRef, b: EvidenceRef) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
  return {
    fromVersion: from.n,
    toVersion: to.n,
    signalsAdded: [...toSignals].filter(([k]) => !fromSignals.has(k)).map(([, v]) => v),
    signalsRemoved: [...fromSignals].filter(([k]) => !toSignals.has(k)).map(([, v]) => v),
    evidenceAdded: [...toEvidence]
      .filter(([k]) => !fromEvidence.has(k))
      .map(([, v]) => v)
      .sort(byDate),
    evidenceRemoved: [...fromEvidence]
      .filter(([k]) => !toEvidence.has(k))
      .map(([, v]) => v)
      .sort(byDate),
    scoreFrom: from.score,
    scoreTo: to.score,
    addressFrom: from.addressId === to.addressId ? null : from.addressId,
    addressTo: from.addressId === to.addressId ? null : to.addressId,
    membersAdded: [...toMembers].filter((m) => !fromMembers.has(m)).sort(),
    membersRemoved: [...fromMembers].filter((m) => !toMembers.has(m)).sort(),
  };
}

/** New facts (a signal or a record not seen before, or a higher score): what brings a closed flag back to the inbox. */
export function worsens(diff: VersionDiff): boolean {
  return diff.signalsAdded.length > 0 || diff.evidenceAdded.length > 0 || diff.scoreTo > diff.scoreFrom;
}

export function isEmptyDiff(diff: VersionDiff): boolean {
  return (
    diff.signalsAdded.length + diff.signalsRemoved.length + diff.evidenceAdded.length + diff.evidenceRemoved.length === 0 &&
    diff.scoreFrom === diff.scoreTo &&
    diff.addressTo === null &&
    diff.membersAdded.length + diff.membersRemoved.length === 0
  );
}

/** An existing flag as the matcher sees it: its id and current children. */
export interface ExistingFlag {
  id: string;
  childIds: string[];
  createdAt: string;
}

/**
 * Child-anchored identity: a cluster continues the existing flag that shares most of its children
 * (oldest first on a tie), so a family that moves keeps its flag. Each flag is continued by at most
 * one cluster (the one with most of its children; `claimed` carries that across the chunks of a
 * scan); a cluster that finds none gets a new flag. Returns cluster index → flag id or null.
 */
export function matchClusters(clusters: { childIds: string[] }[], existing: ExistingFlag[], claimed: Set<string>): (string | null)[] {
  const candidates: { cluster: number; flag: ExistingFlag; overlap: number }[] = [];
  clusters.forEach((c, i) => {
    const children = new Set(c.childIds);
    for (const f of existing) {
      const overlap = f.childIds.filter((id) => children.has(id)).length;
      if (overlap > 0) candidates.push({ cluster: i, flag: f, overlap });
    }
  });
  candidates.sort(
    (a, b) =>
      b.overlap - a.overlap ||
      a.flag.createdAt.localeCompare(b.flag.createdAt) ||
      a.flag.id.localeCompare(b.flag.id) ||
      a.cluster - b.cluster,
  );
  const result: (string | null)[] = clusters.map(() => null);
  for (const c of candidates) {
    if (result[c.cluster] !== null || claimed.has(c.flag.id)) continue;
    result[c.cluster] = c.flag.id;
    claimed.add(c.flag.id);
  }
  return result;
}

/** A new flag's id: named after its first child, with a suffix when that name is taken. */
export function newFlagId(childIds: string[], taken: ReadonlySet<string>): string {
  const base = `flag-${[...childIds].sort()[0] ?? 'none'}`;
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
