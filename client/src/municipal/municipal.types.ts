// Shapes of the municipal GraphQL answers (see server/schema.graphql: SupportFlag and friends).
import type { FlagMember, Signal } from '../review/review.types';

export type SupportStatus = 'NEW' | 'OFFER_SUPPORT' | 'NO_ACTION' | 'ALREADY_KNOWN';
export const SUPPORT_STATUSES: readonly SupportStatus[] = ['NEW', 'OFFER_SUPPORT', 'NO_ACTION', 'ALREADY_KNOWN'];

export type SupportDecisionKind = Exclude<SupportStatus, 'NEW'>;
export const SUPPORT_DECISIONS: readonly SupportDecisionKind[] = ['OFFER_SUPPORT', 'NO_ACTION', 'ALREADY_KNOWN'];

export interface SupportFlagSummary {
  id: string;
  status: string;
  active: boolean;
  score: number;
  ruleIds: string[];
  childCount: number;
  municipalityCode: string;
  createdAt: string;
  asOf: string;
}

export interface SupportFlagPage {
  items: SupportFlagSummary[];
  total: number;
  endCursor: string | null;
}

export interface SupportDecision {
  at: string;
  actor: string;
  decision: string;
  note: string;
}

export interface SharingBasis {
  id: string;
  legalBasis: string;
  purpose: string;
  fromSource: string;
  toOrg: string;
  validFrom: string;
  /** the first day it no longer applies */
  validUntil: string;
}

export interface SharedCaseCount {
  personId: string;
  category: string;
  cases: number;
}

/** The signal's evidence as the municipal view gets it: indicators (kind in `category`), never case details. */
export type SupportSignal = Omit<Signal, 'evidence'> & {
  evidence: { kind: string; id: string; date: string; category: string | null; municipality: string | null }[];
};

export interface SupportFlag extends SupportFlagSummary {
  wording: string;
  scoreExplanation: string;
  members: FlagMember[];
  signals: SupportSignal[];
  decisions: SupportDecision[];
  sharedPoliceHistory: SharedCaseCount[];
  sharingBases: SharingBasis[];
}

export interface Indicator {
  id: string;
  kind: string;
  date: string;
  municipalityCode: string;
  detail: string | null;
}

export interface SubjectReport {
  personId: string;
  municipalityCode: string;
  indicators: Indicator[];
  flags: { id: string; status: string; asOf: string; rules: string[]; decisions: SupportDecision[] }[];
}

export interface ScanReport {
  asOf: string;
  municipalityCode: string;
  clusters: number;
  flagged: number;
}
