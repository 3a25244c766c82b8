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
  version: number;
  readOnly: boolean;
  ownerDistrictName: string;
  reopenReason: string | null;
  address: { id: string; street: string; postalCode: string; city: string; municipalityCode: string } | null;
  children: { personId: string; firstName: string; age: number }[];
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
  detail?: string | null;
  // Optional facts per evidence kind (the shared evidence shape): absent fields render as nothing.
  matchedKeyword?: string | null;
  categoryWeight?: number | null;
  current?: boolean | null;
  fromAddressId?: string | null;
  fromAddress?: string | null;
  toAddressId?: string | null;
  toAddress?: string | null;
  personId?: string | null;
  name?: string | null;
  age?: number | null;
  since?: string | null;
  relation?: string | null;
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
  /** the newest case in the window, and how many earlier cases stand behind it since when */
  currentCaseId?: string | null;
  historyCount?: number | null;
  historySince?: string | null;
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

export interface FlagVersionSummary {
  n: number;
  createdAt: string;
  asOf: string;
  score: number;
  ruleIds: string[];
  reason: string;
  settingsHash: string | null;
  settingsVersion: number | null;
}

export interface FlagSignalRef {
  ruleId: string;
  ruleTitle: string;
  personName: string | null;
}

export interface FlagEvidenceRef {
  ruleTitle: string;
  personName: string | null;
  kind: string;
  id: string;
  date: string;
}

export interface FlagChanges {
  since: 'last-seen' | 'report';
  fromVersion: number;
  toVersion: number;
  scoreFrom: number;
  scoreTo: number;
  addressFrom: string | null;
  addressTo: string | null;
  membersAdded: string[];
  membersRemoved: string[];
  signalsAdded: FlagSignalRef[];
  signalsRemoved: FlagSignalRef[];
  evidenceAdded: FlagEvidenceRef[];
  evidenceRemoved: FlagEvidenceRef[];
}

export interface FlagDetail extends FlagSummary {
  scoreExplanation: string;
  viewingVersion: number;
  reportVersion: number | null;
  caseDistrictCodes: string[];
  versions: FlagVersionSummary[];
  changes: FlagChanges[];
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
  /** police or municipal */
  source?: string;
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
