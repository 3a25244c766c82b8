import type { Cluster } from './cluster.js';

/** One record behind a signal. Its kind says which of the optional facts it carries. */
export interface Evidence {
  kind: 'case' | 'move' | 'co-resident' | 'indicator' | 'address' | 'residence' | 'person';
  id: string;
  date: string;
  // a case: its category, the role that counted, the registering district, the keyword that brought it in
  category?: string;
  subcategory?: string;
  role?: string;
  district?: string;
  matchedKeyword?: string;
  categoryWeight?: number;
  /** the current case: the newest in the window */
  current?: boolean;
  // a move: from → to
  fromAddressId?: string;
  fromAddress?: string;
  toAddressId?: string;
  toAddress?: string;
  municipality?: string;
  // a co-resident
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
  kind: 'trigger' | 'context';
  weight: number;
  personId: string | null;
  addressId: string | null;
  value: number;
  threshold: number;
  /** how far past the threshold: value - threshold (0 = exactly at it) */
  margin: number;
  evidence: Evidence[];
  /** the newest case in the window, and how many earlier cases stand behind it since when */
  currentCaseId?: string;
  historyCount?: number;
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
  const ruleIds = [...new Set(signals.map((s) => s.ruleId))].sort();
  const triggered = signals.some((s) => s.kind === 'trigger');
  const contextRules = new Set(signals.filter((s) => s.kind === 'context').map((s) => s.ruleId));
  const flagged = triggered || contextRules.size >= policy.minContextRules;
  const score = signals.reduce((sum, s) => sum + s.weight, 0);
  const scoreExplanation = signals.map((s) => `${s.weight} (${s.ruleId}: ${s.personId ?? s.addressId})`).join(' + ') + ` = ${score}`;
  const dates = signals.flatMap((s) => s.evidence.map((e) => e.date)).sort();
  return { cluster, signals, flagged, score, scoreExplanation, ruleIds, evidenceLatest: dates[dates.length - 1] ?? null };
}
