import type { Cluster } from './cluster.js';

export interface Evidence {
  kind: 'case' | 'residence' | 'address' | 'person' | 'indicator';
  id: string;
  date: string;
  category?: string;
  role?: string;
  district?: string;
  municipality?: string;
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
