import type { Cluster } from './cluster.js';

/** One record behind a signal (the shared evidence shape: everyone adds fields, nobody removes). */
export interface Evidence {
  kind: 'case' | 'move' | 'co-resident' | 'indicator' | 'address' | 'residence' | 'person';
  id: string;
  date: string;
  // case:
  category?: string;
  subcategory?: string;
  role?: string;
  district?: string;
  matchedKeyword?: string;
  categoryWeight?: number;
  /** the newest case in the window: the one that made the signal come up now */
  current?: boolean;
  // move (one per address change):
  fromAddressId?: string;
  fromAddress?: string;
  toAddressId?: string;
  toAddress?: string;
  municipality?: string;
  // co-resident:
  personId?: string;
  name?: string;
  age?: number;
  since?: string;
  relation?: string;
  detail?: string;
}

/** One rule firing for one person (or address). */
export interface Signal {
  ruleId: string;
  /** history: shown as background, never flags and weighs nothing */
  kind: 'trigger' | 'context' | 'history';
  weight: number;
  personId: string | null;
  addressId: string | null;
  value: number;
  threshold: number;
  /** how far past the threshold: value - threshold (0 = exactly at it) */
  margin: number;
  evidence: Evidence[];
  /** the newest case behind the signal (case-based rules) */
  currentCaseId?: string;
  /** how many earlier cases stand behind the current one */
  historyCount?: number;
  /** the date of the oldest of them */
  historySince?: string;
}

export interface FlagPolicy {
  /** a cluster is flagged when at least this many different context rules fire in it (and no trigger) */
  minContextRules: number;
}

export const DEFAULT_POLICY: FlagPolicy = { minContextRules: 2 };

export interface EvaluatedCluster {
  cluster: Cluster;
  signals: Signal[];
  flagged: boolean;
  score: number;
  scoreExplanation: string;
  ruleIds: string[];
  evidenceLatest: string | null;
}

/**
 * Decides whether a cluster is flagged: any trigger rule, or at least minContextRules different
 * context rules. The score is the sum of the weights of its signals — shown as that sum.
 */
export function evaluateCluster(cluster: Cluster, allSignals: Signal[], policy: FlagPolicy): EvaluatedCluster {
  const members = new Set(cluster.members.map((m) => m.personId));
  const signals = allSignals
    .filter((s) => (s.personId !== null && members.has(s.personId)) || (s.addressId !== null && s.addressId === cluster.addressId))
    .sort((a, b) => a.ruleId.localeCompare(b.ruleId) || (a.personId ?? a.addressId ?? '').localeCompare(b.personId ?? b.addressId ?? ''));
  const ruleIds = [...new Set(signals.filter((s) => s.kind !== 'history').map((s) => s.ruleId))].sort();
  const triggered = signals.some((s) => s.kind === 'trigger');
  const contextRules = new Set(signals.filter((s) => s.kind === 'context').map((s) => s.ruleId));
  const flagged = triggered || contextRules.size >= policy.minContextRules;
  const counted = signals.filter((s) => s.kind !== 'history');
  const score = counted.reduce((sum, s) => sum + s.weight, 0);
  const scoreExplanation = counted.map((s) => `${s.weight} (${s.ruleId}: ${s.personId ?? s.addressId})`).join(' + ') + ` = ${score}`;
  // a history alone neither flags nor reopens a flag: only the counted evidence dates it
  const dates = counted.flatMap((s) => s.evidence.map((e) => e.date)).sort();
  return { cluster, signals, flagged, score, scoreExplanation, ruleIds, evidenceLatest: dates[dates.length - 1] ?? null };
}

/**
 * Marks a case-based signal's current case (the newest case evidence) and its history: the earlier
 * cases, counted by the rule (over all time, when it reports `historyCount`) or else from the evidence.
 */
export function withCurrentCase(signal: Signal, history?: { count?: number | null; since?: string | null }): Signal {
  const cases = signal.evidence.filter((e) => e.kind === 'case');
  const newest = cases.reduce<Evidence | undefined>(
    (n, e) => (!n || e.date > n.date || (e.date === n.date && e.id > n.id) ? e : n),
    undefined,
  );
  if (!newest) return signal;
  const oldest = cases.reduce((o, e) => (e.date < o.date ? e : o), newest);
  return {
    ...signal,
    evidence: signal.evidence.map((e) => {
      if (e.kind !== 'case') return e;
      const { current: _drop, ...rest } = e;
      return e.id === newest.id ? { ...rest, current: true } : rest;
    }),
    currentCaseId: newest.id,
    historyCount: history?.count ?? new Set(cases.map((c) => c.id)).size - 1,
    historySince: history?.since ?? oldest.date,
  };
}
