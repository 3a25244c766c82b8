// Shapes of the review workflow's GraphQL answers (see server/schema.graphql).

export interface StatusCount {
  status: string;
  count: number;
}

export interface FlagSummary {
  id: string;
  status: string;
  active: boolean;
  score: number;
  municipalityCode: string;
  municipalityName: string;
  districtCode: string;
  ruleIds: string[];
  childCount: number;
  assignee: string | null;
  createdAt: string;
  updatedAt: string;
  asOf: string;
  isNew: boolean;
}

export interface FlagPage {
  items: FlagSummary[];
  total: number;
  endCursor: string | null;
  statusCounts: StatusCount[];
  newSince: string | null;
}

export interface Evidence {
  kind: string;
  id: string;
  date: string;
  category: string | null;
  categoryLabel: string | null;
  role: string | null;
  district: string | null;
  municipality: string | null;
}

export interface Signal {
  ruleId: string;
  ruleTitle: string;
  kind: string;
  weight: number;
  personId: string | null;
  value: number;
  threshold: number;
  margin: number;
  explanation: string;
  evidence: Evidence[];
}

export interface FlagMember {
  personId: string;
  name: string;
  sex: string;
  birthDate: string;
  age: number;
  relation: string;
  livesWithChildren: boolean;
  relations: { childId: string; relation: string }[];
}

export interface FlagDetail extends FlagSummary {
  scoreExplanation: string;
  address: { id: string; street: string; postalCode: string; city: string; municipalityCode: string } | null;
  members: FlagMember[];
  signals: Signal[];
  dismissedAt: string | null;
  reopenedAt: string | null;
}

export interface FlagEvent {
  id: string;
  at: string;
  actor: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  assignee: string | null;
  outcome: string | null;
  note: string | null;
}

export interface SocialReport {
  id: string;
  flagId: string;
  reference: string;
  status: string;
  version: number;
  municipalityCode: string;
  municipalityName: string;
  senderDistrictName: string;
  senderContact: string[];
  issueDate: string;
  legalBasis: string;
  introduction: string;
  children: { name: string; birthDate: string; age: number }[];
  concern: string[];
  observed: string | null;
  institution: string | null;
  assessment: string;
  authors: string[];
  authorNames: string[];
  approvedBy: string | null;
  approverName: string | null;
  approvedAt: string | null;
  requestedBy: string | null;
  requestedAt: string | null;
  returnComment: string | null;
  returnedByName: string | null;
  returnedAt: string | null;
  reportedAt: string | null;
  createdAt: string;
  updatedAt: string;
  notice: string;
}

export interface FlagReview {
  flagId: string;
  status: string;
  assignee: string | null;
  allowedTransitions: string[];
  canReport: boolean;
  canApprove: boolean;
  canRequestApproval: boolean;
  history: FlagEvent[];
  report: SocialReport | null;
  outcome: { outcome: string; note: string | null; recordedBy: string; recordedAt: string } | null;
}

export interface ReportPreview {
  municipalityCode: string;
  municipalityName: string;
  children: { name: string; birthDate: string; age: number }[];
  concern: string[];
}

export interface CaseDetail {
  caseId: string;
  journalNo: string;
  category: string;
  categoryLabel: string;
  occurredAt: string;
  districtCode: string;
  summary: string | null;
  keywords: string[];
  involved: { personId: string; name: string; birthDate: string | null; role: string }[];
}

export interface RiskRuleRef {
  id: string;
  titleDa: string;
  titleEn: string;
}

export interface MunicipalityRef {
  code: string;
  name: string;
  districtCode: string;
}

export interface ApprovalQueueItem {
  flagId: string;
  reportId: string;
  reference: string;
  version: number;
  municipalityName: string;
  childCount: number;
  requestedByName: string;
  requestedAt: string;
}
