/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Whether an API key works today */
export type ApiKeyStatus =
  /** works until it expires */
  | 'active'
  /** past its expiry date */
  | 'expired'
  /** revoked by an admin */
  | 'revoked';

export type CreateApiKeyInput = {
  /** YYYY-MM-DD (stops at 00:00 UTC) or an ISO date-time; at most 366 days ahead */
  expiresAt: string;
  /** who or what the key is for */
  name: string;
  /** the organisation it is issued for: district:<code> (a police district, e.g. district:NJY) or municipality:<code> (e.g. municipality:851) */
  organisation: string;
  /** a journal number or a configured reason: its runs are audited under it */
  purpose: string;
  /** names of the saved queries it may run */
  queries: Array<string>;
  /** requests a minute (default 60) */
  rateLimitPerMinute?: number | null | undefined;
};

export type FlagAssignInput = {
  /** a coordinator of the flag’s district */
  assignee: string;
  flagId: string;
  note: string;
};

export type FlagFilterInput = {
  /** only flags assigned to this username */
  assignee?: string | null | undefined;
  districtCode?: string | null | undefined;
  /** also flags that no longer qualify and were never handled */
  includeInactive?: boolean | null | undefined;
  minScore?: number | null | undefined;
  municipalityCode?: string | null | undefined;
  /** mark flags raised or reopened after this instant as new (default: the user’s last visit of the inbox, FlagPage.newSince) */
  newSince?: string | null | undefined;
  ruleId?: string | null | undefined;
  /** own (default): the flags of children in your district; case-districts: other districts' flags whose evidence cites a case your district registered (read-only) */
  scope?: string | null | undefined;
  /** only flags with this status */
  status?: FlagStatus | null | undefined;
};

/** Where a flag is in triage */
export type FlagStatus =
  /** judged not to need a report */
  | 'DISMISSED'
  /** a coordinator is looking at it */
  | 'IN_REVIEW'
  /** kept under watch without a report */
  | 'MONITORING'
  /** found by a scan, not yet looked at */
  | 'NEW'
  /** a social report was sent by a person (final) */
  | 'REPORTED';

export type FlagTransitionInput = {
  /** when taking into review: who reviews it (default: you) */
  assignee?: string | null | undefined;
  flagId: string;
  /** why (required, kept in the history) */
  note: string;
  /** the status to go to (not NEW) */
  status: FlagStatus;
};

/** How a person is involved in a case */
export type InvolvementRole =
  /** charged */
  | 'charged'
  /** involved otherwise (e.g. the person a suicide threat or disturbance concerns) */
  | 'other'
  /** reported the case */
  | 'reporter'
  /** suspected */
  | 'suspect'
  /** the victim */
  | 'victim'
  /** a witness */
  | 'witness';

export type ReportApprovalInput = {
  /** when the children moved since the draft: the new recipient municipality, confirmed by the approver */
  confirmMunicipalityCode?: string | null | undefined;
  flagId: string;
  note?: string | null | undefined;
  /** the version the approver read */
  version: number;
};

export type ReportDraftInput = {
  /** the child’s situation in the coordinator’s words (the professional assessment): the child, not the adults’ history */
  assessment: string;
  /** the children the report concerns (default: all children of the flag) */
  childIds?: Array<string> | null | undefined;
  flagId: string;
  /** the child’s daycare or school, or "ukendt" (required to save) */
  institution?: string | null | undefined;
  /** what the police observed about the child (required to save) */
  observed?: string | null | undefined;
};

export type ReportOutcomeInput = {
  flagId: string;
  note?: string | null | undefined;
  /** what the municipality said */
  outcome: ReportOutcomeKind;
};

/** What the municipality said of a report */
export type ReportOutcomeKind =
  /** the municipality already knew the family */
  | 'ALREADY_KNOWN'
  /** the report was not relevant */
  | 'NOT_RELEVANT'
  /** the report was relevant */
  | 'RELEVANT';

/** Where a social report is on its way to approval */
export type ReportStatus =
  /** approved; a person may now send it */
  | 'APPROVED'
  /** waiting for a second coordinator (four eyes) */
  | 'AWAITING_APPROVAL'
  /** being written */
  | 'DRAFT'
  /** sent to the municipality by a person */
  | 'REPORTED'
  /** sent back to its author with a comment */
  | 'RETURNED';

export type ReportStepInput = {
  /** a comment; required when returning a report to its author */
  comment?: string | null | undefined;
  flagId: string;
  /** the version read */
  version: number;
};

/** What a signal contributes to a flag */
export type SignalKind =
  /** a circumstance that adds to a flag raised by a trigger */
  | 'context'
  /** a person’s earlier history, shown beside the current case */
  | 'history'
  /** a current finding that raises the flag */
  | 'trigger';

/** A caseworker’s decision on a support flag */
export type SupportDecisionKind =
  /** the family is already known to the municipality */
  | 'ALREADY_KNOWN'
  /** nothing is done */
  | 'NO_ACTION'
  /** the family is offered support */
  | 'OFFER_SUPPORT';

/** One entry of a support flag’s history */
export type SupportEventKind =
  /** the family is already known to the municipality */
  | 'ALREADY_KNOWN'
  /** the family accepted the offer */
  | 'FAMILY_ACCEPTED'
  /** the family declined the offer */
  | 'FAMILY_DECLINED'
  /** the family did not answer the offer */
  | 'FAMILY_NO_ANSWER'
  /** nothing is done */
  | 'NO_ACTION'
  /** the family is offered support */
  | 'OFFER_SUPPORT';

/** Where a support flag stands */
export type SupportFlagStatus =
  /** the family is already known to the municipality */
  | 'ALREADY_KNOWN'
  /** the family answered the offer of support; nothing more is decided */
  | 'CLOSED'
  /** raised by a municipal rule, not yet decided */
  | 'NEW'
  /** nothing is done */
  | 'NO_ACTION'
  /** the family is offered support */
  | 'OFFER_SUPPORT';

export type SupportFlagSummaryFieldsFragment = { id: string, status: SupportFlagStatus, active: boolean, score: number, ruleIds: Array<string>, childCount: number, municipalityCode: string, createdAt: string, asOf: string };

export type SupportFlagsQueryVariables = Exact<{
  status?: SupportFlagStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type SupportFlagsQuery = { supportFlags: { total: number, endCursor: string | null, items: Array<{ id: string, status: SupportFlagStatus, active: boolean, score: number, ruleIds: Array<string>, childCount: number, municipalityCode: string, createdAt: string, asOf: string }> } };

export type SupportCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportCountsQuery = { NEW: { total: number }, OFFER_SUPPORT: { total: number }, NO_ACTION: { total: number }, ALREADY_KNOWN: { total: number } };

export type SupportFlagQueryVariables = Exact<{
  id: string;
}>;


export type SupportFlagQuery = { supportFlag: { id: string, status: SupportFlagStatus, active: boolean, score: number, ruleIds: Array<string>, childCount: number, municipalityCode: string, createdAt: string, asOf: string, wording: string, scoreExplanation: string, members: Array<{ personId: string, name: string, sex: string, birthDate: string, age: number, relation: string, livesWithChildren: boolean, relations: Array<{ childId: string, relation: string }> }>, signals: Array<{ ruleId: string, ruleTitle: string, kind: SignalKind, weight: number, personId: string | null, value: number, threshold: number, margin: number, explanation: string, evidence: Array<{ kind: string, id: string, date: string, category: string | null, municipality: string | null }> }>, decisions: Array<{ at: string, actor: string, decision: SupportEventKind, note: string }>, sharedPoliceHistory: Array<{ personId: string, category: string, cases: number }>, sharingBases: Array<{ id: string, legalBasis: string, purpose: string, fromSource: string, toOrg: string, validFrom: string, validUntil: string }> } };

export type DecideSupportFlagMutationVariables = Exact<{
  id: string;
  decision: SupportDecisionKind;
  note: string;
}>;


export type DecideSupportFlagMutation = { decideSupportFlag: SupportFlagStatus };

export type PersonIndicatorsQueryVariables = Exact<{
  personId: string;
}>;


export type PersonIndicatorsQuery = { personIndicators: Array<{ id: string, kind: string, date: string, municipalityCode: string, detail: string | null }> };

export type RunMunicipalScanMutationVariables = Exact<{
  asOf?: string | null | undefined;
  maxChildAge: number;
}>;


export type RunMunicipalScanMutation = { runMunicipalScan: { asOf: string, municipalityCode: string, clusters: number, flagged: number } };

export type MunicipalSubjectReportQueryVariables = Exact<{
  personId: string;
}>;


export type MunicipalSubjectReportQuery = { municipalSubjectReport: { personId: string, municipalityCode: string, indicators: Array<{ id: string, kind: string, date: string, municipalityCode: string, detail: string | null }>, flags: Array<{ id: string, status: SupportFlagStatus, asOf: string, rules: Array<string>, decisions: Array<{ at: string, actor: string, decision: SupportEventKind, note: string }> }> } };

export type MunicipalitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type MunicipalitiesQuery = { municipalities: Array<{ code: string, name: string, districtCode: string }> };

export type SubjectSearchQueryVariables = Exact<{
  query: string;
}>;


export type SubjectSearchQuery = { subjectSearch: { searchedBy: string, message: string | null, matches: Array<{ personId: string, name: string, birthDate: string | null }> } };

export type SubjectExtractQueryVariables = Exact<{
  personId: string;
}>;


export type SubjectExtractQuery = { subjectExtract: { holder: string, holderName: string, personId: string, name: string, birthDate: string | null, generatedAt: string, purposes: Array<string>, lookups: Array<{ at: string, actor: string, role: string, operation: string, what: string, purpose: string | null, outcome: string }> } };

export type ParameterFieldsFragment = { name: string, type: string, required: boolean, defaultValue: unknown, min: unknown, max: unknown, description: string };

export type SavedQueryFieldsFragment = { name: string, title: string, description: string, source: string, timeoutMs: number | null, scopes: Array<string>, version: number, origin: string, owner: string, updatedAt: string, updatedBy: string, parameters: Array<{ name: string, type: string, required: boolean, defaultValue: unknown, min: unknown, max: unknown, description: string }> };

export type SavedQueriesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type SavedQueriesQuery = { savedQueries: Array<{ name: string, title: string, description: string, source: string, timeoutMs: number | null, scopes: Array<string>, version: number, origin: string, owner: string, updatedAt: string, updatedBy: string, parameters: Array<{ name: string, type: string, required: boolean, defaultValue: unknown, min: unknown, max: unknown, description: string }> }> };

export type RunSavedQueryQueryVariables = Exact<{
  name: string;
  params?: unknown;
  limit?: number | null | undefined;
}>;


export type RunSavedQueryQuery = { runSavedQuery: { name: string, version: number, columns: Array<string>, rows: Array<unknown>, rowCount: number, truncated: boolean, truncatedBy: string | null, rowCap: number, maxBytes: number, elapsedMs: number, csv: string, graph: { truncated: boolean, nodes: Array<{ id: string, labels: Array<string>, caption: string, personId: string | null, properties: unknown }>, edges: Array<{ id: string, type: string, source: string, target: string, properties: unknown }> } | null } };

export type CheckSavedQueryQueryVariables = Exact<{
  source: string;
}>;


export type CheckSavedQueryQuery = { checkSavedQuery: { ok: boolean, compiles: boolean, readOnly: boolean, queryType: string | null, reasons: Array<string>, warnings: Array<string>, name: string | null, title: string | null, parameters: Array<{ name: string, type: string, required: boolean, defaultValue: unknown, min: unknown, max: unknown, description: string }> } };

export type SaveSavedQueryMutationVariables = Exact<{
  source: string;
  expectedVersion?: number | null | undefined;
}>;


export type SaveSavedQueryMutation = { saveSavedQuery: { name: string, title: string, description: string, source: string, timeoutMs: number | null, scopes: Array<string>, version: number, origin: string, owner: string, updatedAt: string, updatedBy: string, parameters: Array<{ name: string, type: string, required: boolean, defaultValue: unknown, min: unknown, max: unknown, description: string }> } };

export type DeleteSavedQueryMutationVariables = Exact<{
  name: string;
}>;


export type DeleteSavedQueryMutation = { deleteSavedQuery: boolean };

export type SavedQueryVersionsQueryVariables = Exact<{
  name: string;
}>;


export type SavedQueryVersionsQuery = { savedQueryVersions: Array<{ version: number, title: string, source: string, savedBy: string, savedAt: string }> };

export type ApiKeyFieldsFragment = { id: string, name: string, queries: Array<string>, purpose: string, organisation: string | null, rateLimitPerMinute: number, status: ApiKeyStatus, createdBy: string, createdAt: string, expiresAt: string, lastUsedAt: string | null };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, queries: Array<string>, purpose: string, organisation: string | null, rateLimitPerMinute: number, status: ApiKeyStatus, createdBy: string, createdAt: string, expiresAt: string, lastUsedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, name: string, queries: Array<string>, purpose: string, organisation: string | null, rateLimitPerMinute: number, status: ApiKeyStatus, createdBy: string, createdAt: string, expiresAt: string, lastUsedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, queries: Array<string>, purpose: string, organisation: string | null, rateLimitPerMinute: number, status: ApiKeyStatus, createdBy: string, createdAt: string, expiresAt: string, lastUsedAt: string | null } };

export type FlagSummaryFieldsFragment = { id: string, status: FlagStatus, active: boolean, score: number, municipalityCode: string, municipalityName: string, districtCode: string, ruleIds: Array<string>, childCount: number, assignee: string | null, createdAt: string, updatedAt: string, asOf: string, isNew: boolean, version: number, readOnly: boolean, ownerDistrictName: string, reopenReason: string | null, address: { id: string, street: string, postalCode: string, city: string, municipalityCode: string } | null, children: Array<{ personId: string, firstName: string, age: number }> };

export type InboxQueryVariables = Exact<{
  filter?: FlagFilterInput | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type InboxQuery = { flags: { total: number, endCursor: string | null, newSince: string | null, statusCounts: Array<{ status: FlagStatus, count: number }>, items: Array<{ id: string, status: FlagStatus, active: boolean, score: number, municipalityCode: string, municipalityName: string, districtCode: string, ruleIds: Array<string>, childCount: number, assignee: string | null, createdAt: string, updatedAt: string, asOf: string, isNew: boolean, version: number, readOnly: boolean, ownerDistrictName: string, reopenReason: string | null, address: { id: string, street: string, postalCode: string, city: string, municipalityCode: string } | null, children: Array<{ personId: string, firstName: string, age: number }> }> } };

export type MarkInboxSeenMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkInboxSeenMutation = { markInboxSeen: string };

export type InboxReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxReferenceQuery = { municipalities: Array<{ code: string, name: string, districtCode: string }>, riskRules: Array<{ id: string, titleDa: string, titleEn: string, source: string }>, policeDistricts: Array<{ code: string, name: string }> };

export type FlagQueryVariables = Exact<{
  id: string;
  lang: string;
  version?: number | null | undefined;
}>;


export type FlagQuery = { flag: { id: string, status: FlagStatus, active: boolean, score: number, municipalityCode: string, municipalityName: string, districtCode: string, ruleIds: Array<string>, childCount: number, assignee: string | null, createdAt: string, updatedAt: string, asOf: string, isNew: boolean, version: number, readOnly: boolean, ownerDistrictName: string, reopenReason: string | null, scoreExplanation: string, dismissedAt: string | null, reopenedAt: string | null, viewingVersion: number, reportVersion: number | null, caseDistrictCodes: Array<string>, address: { id: string, street: string, postalCode: string, city: string, municipalityCode: string } | null, children: Array<{ personId: string, firstName: string, age: number }>, versions: Array<{ n: number, createdAt: string, asOf: string, score: number, ruleIds: Array<string>, reason: string, settingsHash: string | null, settingsVersion: number | null }>, changes: Array<{ since: string, fromVersion: number, toVersion: number, scoreFrom: number, scoreTo: number, addressFrom: string | null, addressTo: string | null, membersAdded: Array<string>, membersRemoved: Array<string>, signalsAdded: Array<{ ruleId: string, ruleTitle: string, personName: string | null }>, signalsRemoved: Array<{ ruleId: string, ruleTitle: string, personName: string | null }>, evidenceAdded: Array<{ ruleTitle: string, personName: string | null, kind: string, id: string, date: string }>, evidenceRemoved: Array<{ ruleTitle: string, personName: string | null, kind: string, id: string, date: string }> }>, members: Array<{ personId: string, name: string, sex: string, birthDate: string, age: number, relation: string, livesWithChildren: boolean, relations: Array<{ childId: string, relation: string }> }>, signals: Array<{ ruleId: string, ruleTitle: string, kind: SignalKind, weight: number, personId: string | null, value: number, threshold: number, margin: number, explanation: string, currentCaseId: string | null, historyCount: number | null, historySince: string | null, evidence: Array<{ kind: string, id: string, date: string, category: string | null, categoryLabel: string | null, role: InvolvementRole | null, district: string | null, municipality: string | null, detail: string | null, matchedKeyword: string | null, categoryWeight: number | null, current: boolean | null, fromAddressId: string | null, fromAddress: string | null, toAddressId: string | null, toAddress: string | null, personId: string | null, name: string | null, age: number | null, since: string | null, relation: string | null }> }> } };

export type FlagReviewFieldsFragment = { flagId: string, status: FlagStatus, assignee: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedAt: string } | null };

export type FlagReviewQueryVariables = Exact<{
  id: string;
}>;


export type FlagReviewQuery = { flagReview: { flagId: string, status: FlagStatus, assignee: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedAt: string } | null } };

export type AssignableQueryVariables = Exact<{
  id: string;
}>;


export type AssignableQuery = { assignableCoordinators: Array<string> };

export type ChangeStatusMutationVariables = Exact<{
  input: FlagTransitionInput;
}>;


export type ChangeStatusMutation = { changeFlagStatus: { flagId: string, status: FlagStatus, assignee: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedAt: string } | null } };

export type AssignMutationVariables = Exact<{
  input: FlagAssignInput;
}>;


export type AssignMutation = { assignFlag: { flagId: string, status: FlagStatus, assignee: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedAt: string } | null } };

export type SaveReportMutationVariables = Exact<{
  input: ReportDraftInput;
}>;


export type SaveReportMutation = { saveReportDraft: { flagId: string, status: FlagStatus, assignee: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedAt: string } | null } };

export type ApproveReportMutationVariables = Exact<{
  input: ReportApprovalInput;
}>;


export type ApproveReportMutation = { approveReport: { flagId: string, status: FlagStatus, assignee: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedAt: string } | null } };

export type RequestApprovalMutationVariables = Exact<{
  input: ReportStepInput;
}>;


export type RequestApprovalMutation = { requestReportApproval: { flagId: string, status: FlagStatus, assignee: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedAt: string } | null } };

export type ReturnReportMutationVariables = Exact<{
  input: ReportStepInput;
}>;


export type ReturnReportMutation = { returnReport: { flagId: string, status: FlagStatus, assignee: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedAt: string } | null } };

export type ApprovalQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalQueueQuery = { approvalQueue: Array<{ flagId: string, reportId: string, reference: string, version: number, municipalityName: string, childCount: number, requestedByName: string, requestedAt: string }> };

export type RecordOutcomeMutationVariables = Exact<{
  input: ReportOutcomeInput;
}>;


export type RecordOutcomeMutation = { recordReportOutcome: { flagId: string, status: FlagStatus, assignee: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedAt: string } | null } };

export type ReportPreviewQueryVariables = Exact<{
  id: string;
  childIds?: Array<string> | string | null | undefined;
}>;


export type ReportPreviewQuery = { reportPreview: { municipalityCode: string, municipalityName: string, concern: Array<string>, children: Array<{ name: string, birthDate: string, age: number }> } };

export type CaseDetailQueryVariables = Exact<{
  flagId: string;
  caseId: string;
}>;


export type CaseDetailQuery = { flagCaseDetail: { caseId: string, journalNo: string, category: string, categoryLabel: string, occurredAt: string, districtCode: string, summary: string | null, keywords: Array<string>, involved: Array<{ personId: string, name: string, birthDate: string | null, role: InvolvementRole }> } };

export type StatisticsQueryVariables = Exact<{
  from: string;
  to: string;
  district?: string | null | undefined;
}>;


export type StatisticsQuery = { reviewStatistics: { fromMonth: string, toMonth: string, districtCode: string | null, populationDate: string, suppressedBelow: number, months: Array<{ month: string, flagsRaised: number | null, reportsSent: number | null, reportsOwnDistrict: number | null, reportsElsewhere: number | null, dismissals: number | null }>, districts: Array<{ districtCode: string, districtName: string, flagsRaised: number | null, reportsSent: number | null, reportsOwnDistrict: number | null, reportsElsewhere: number | null, dismissals: number | null }>, municipalities: Array<{ municipalityCode: string, municipalityName: string, districtCode: string, flagsRaised: number | null, reportsReceived: number | null, dismissals: number | null, population: number | null, flagsPer1000: number | null }>, rules: Array<{ ruleId: string, titleDa: string, titleEn: string, reports: number | null, judged: number | null, relevant: number | null, notRelevant: number | null, alreadyKnown: number | null, relevantShare: number | null }> } };

export type DistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsQuery = { policeDistricts: Array<{ code: string, name: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SupportFlagSummaryFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment SupportFlagSummaryFields on SupportFlagSummary {
  id
  status
  active
  score
  ruleIds
  childCount
  municipalityCode
  createdAt
  asOf
}
    `, {"fragmentName":"SupportFlagSummaryFields"}) as unknown as TypedDocumentString<SupportFlagSummaryFieldsFragment, unknown>;
export const ParameterFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ParameterFields on SavedQueryParameter {
  name
  type
  required
  defaultValue
  min
  max
  description
}
    `, {"fragmentName":"ParameterFields"}) as unknown as TypedDocumentString<ParameterFieldsFragment, unknown>;
export const SavedQueryFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment SavedQueryFields on SavedQuery {
  name
  title
  description
  source
  timeoutMs
  scopes
  version
  origin
  owner
  updatedAt
  updatedBy
  parameters {
    ...ParameterFields
  }
}
    fragment ParameterFields on SavedQueryParameter {
  name
  type
  required
  defaultValue
  min
  max
  description
}`, {"fragmentName":"SavedQueryFields"}) as unknown as TypedDocumentString<SavedQueryFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  name
  queries
  purpose
  organisation
  rateLimitPerMinute
  status
  createdBy
  createdAt
  expiresAt
  lastUsedAt
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const FlagSummaryFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment FlagSummaryFields on FlagSummary {
  id
  status
  active
  score
  municipalityCode
  municipalityName
  districtCode
  ruleIds
  childCount
  assignee
  createdAt
  updatedAt
  asOf
  isNew
  version
  readOnly
  ownerDistrictName
  reopenReason
  address {
    id
    street
    postalCode
    city
    municipalityCode
  }
  children {
    personId
    firstName
    age
  }
}
    `, {"fragmentName":"FlagSummaryFields"}) as unknown as TypedDocumentString<FlagSummaryFieldsFragment, unknown>;
export const FlagReviewFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment FlagReviewFields on FlagReview {
  flagId
  status
  assignee
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    kind
    fromStatus
    toStatus
    assignee
    outcome
    note
  }
  report {
    id
    flagId
    reference
    status
    version
    municipalityCode
    municipalityName
    senderDistrictName
    senderContact
    issueDate
    legalBasis
    introduction
    children {
      name
      birthDate
      age
    }
    concern
    observed
    institution
    assessment
    authors
    authorNames
    approvedBy
    approverName
    approvedAt
    requestedBy
    requestedAt
    returnComment
    returnedByName
    returnedAt
    reportedAt
    createdAt
    updatedAt
    notice
  }
  outcome {
    outcome
    note
    recordedBy
    recordedAt
  }
}
    `, {"fragmentName":"FlagReviewFields"}) as unknown as TypedDocumentString<FlagReviewFieldsFragment, unknown>;
export const SupportFlagsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SupportFlags($status: SupportFlagStatus, $first: Int!, $after: String) {
  supportFlags(status: $status, first: $first, after: $after) {
    total
    endCursor
    items {
      ...SupportFlagSummaryFields
    }
  }
}
    fragment SupportFlagSummaryFields on SupportFlagSummary {
  id
  status
  active
  score
  ruleIds
  childCount
  municipalityCode
  createdAt
  asOf
}`) as unknown as TypedDocumentString<SupportFlagsQuery, SupportFlagsQueryVariables>;
export const SupportCountsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SupportCounts {
  NEW: supportFlags(status: NEW, first: 1) {
    total
  }
  OFFER_SUPPORT: supportFlags(status: OFFER_SUPPORT, first: 1) {
    total
  }
  NO_ACTION: supportFlags(status: NO_ACTION, first: 1) {
    total
  }
  ALREADY_KNOWN: supportFlags(status: ALREADY_KNOWN, first: 1) {
    total
  }
}
    `) as unknown as TypedDocumentString<SupportCountsQuery, SupportCountsQueryVariables>;
export const SupportFlagDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SupportFlag($id: String!) {
  supportFlag(id: $id) {
    id
    status
    active
    score
    ruleIds
    childCount
    municipalityCode
    createdAt
    asOf
    wording
    scoreExplanation
    members {
      personId
      name
      sex
      birthDate
      age
      relation
      livesWithChildren
      relations {
        childId
        relation
      }
    }
    signals {
      ruleId
      ruleTitle
      kind
      weight
      personId
      value
      threshold
      margin
      explanation
      evidence {
        kind
        id
        date
        category
        municipality
      }
    }
    decisions {
      at
      actor
      decision
      note
    }
    sharedPoliceHistory {
      personId
      category
      cases
    }
    sharingBases {
      id
      legalBasis
      purpose
      fromSource
      toOrg
      validFrom
      validUntil
    }
  }
}
    `) as unknown as TypedDocumentString<SupportFlagQuery, SupportFlagQueryVariables>;
export const DecideSupportFlagDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DecideSupportFlag($id: String!, $decision: SupportDecisionKind!, $note: String!) {
  decideSupportFlag(id: $id, decision: $decision, note: $note)
}
    `) as unknown as TypedDocumentString<DecideSupportFlagMutation, DecideSupportFlagMutationVariables>;
export const PersonIndicatorsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PersonIndicators($personId: String!) {
  personIndicators(personId: $personId) {
    id
    kind
    date
    municipalityCode
    detail
  }
}
    `) as unknown as TypedDocumentString<PersonIndicatorsQuery, PersonIndicatorsQueryVariables>;
export const RunMunicipalScanDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RunMunicipalScan($asOf: String, $maxChildAge: Int!) {
  runMunicipalScan(asOf: $asOf, maxChildAge: $maxChildAge) {
    asOf
    municipalityCode
    clusters
    flagged
  }
}
    `) as unknown as TypedDocumentString<RunMunicipalScanMutation, RunMunicipalScanMutationVariables>;
export const MunicipalSubjectReportDocument = /*#__PURE__*/ new TypedDocumentString(`
    query MunicipalSubjectReport($personId: String!) {
  municipalSubjectReport(personId: $personId) {
    personId
    municipalityCode
    indicators {
      id
      kind
      date
      municipalityCode
      detail
    }
    flags {
      id
      status
      asOf
      rules
      decisions {
        at
        actor
        decision
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MunicipalSubjectReportQuery, MunicipalSubjectReportQueryVariables>;
export const MunicipalitiesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Municipalities {
  municipalities {
    code
    name
    districtCode
  }
}
    `) as unknown as TypedDocumentString<MunicipalitiesQuery, MunicipalitiesQueryVariables>;
export const SubjectSearchDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SubjectSearch($query: String!) {
  subjectSearch(query: $query) {
    searchedBy
    matches {
      personId
      name
      birthDate
    }
    message
  }
}
    `) as unknown as TypedDocumentString<SubjectSearchQuery, SubjectSearchQueryVariables>;
export const SubjectExtractDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SubjectExtract($personId: String!) {
  subjectExtract(personId: $personId) {
    holder
    holderName
    personId
    name
    birthDate
    generatedAt
    purposes
    lookups {
      at
      actor
      role
      operation
      what
      purpose
      outcome
    }
  }
}
    `) as unknown as TypedDocumentString<SubjectExtractQuery, SubjectExtractQueryVariables>;
export const SavedQueriesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SavedQueries($search: String) {
  savedQueries(search: $search) {
    ...SavedQueryFields
  }
}
    fragment ParameterFields on SavedQueryParameter {
  name
  type
  required
  defaultValue
  min
  max
  description
}
fragment SavedQueryFields on SavedQuery {
  name
  title
  description
  source
  timeoutMs
  scopes
  version
  origin
  owner
  updatedAt
  updatedBy
  parameters {
    ...ParameterFields
  }
}`) as unknown as TypedDocumentString<SavedQueriesQuery, SavedQueriesQueryVariables>;
export const RunSavedQueryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query RunSavedQuery($name: String!, $params: JSON, $limit: Int) {
  runSavedQuery(name: $name, params: $params, limit: $limit) {
    name
    version
    columns
    rows
    rowCount
    truncated
    truncatedBy
    rowCap
    maxBytes
    elapsedMs
    csv
    graph {
      truncated
      nodes {
        id
        labels
        caption
        personId
        properties
      }
      edges {
        id
        type
        source
        target
        properties
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunSavedQueryQuery, RunSavedQueryQueryVariables>;
export const CheckSavedQueryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query CheckSavedQuery($source: String!) {
  checkSavedQuery(source: $source) {
    ok
    compiles
    readOnly
    queryType
    reasons
    warnings
    name
    title
    parameters {
      ...ParameterFields
    }
  }
}
    fragment ParameterFields on SavedQueryParameter {
  name
  type
  required
  defaultValue
  min
  max
  description
}`) as unknown as TypedDocumentString<CheckSavedQueryQuery, CheckSavedQueryQueryVariables>;
export const SaveSavedQueryDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SaveSavedQuery($source: String!, $expectedVersion: Int) {
  saveSavedQuery(source: $source, expectedVersion: $expectedVersion) {
    ...SavedQueryFields
  }
}
    fragment ParameterFields on SavedQueryParameter {
  name
  type
  required
  defaultValue
  min
  max
  description
}
fragment SavedQueryFields on SavedQuery {
  name
  title
  description
  source
  timeoutMs
  scopes
  version
  origin
  owner
  updatedAt
  updatedBy
  parameters {
    ...ParameterFields
  }
}`) as unknown as TypedDocumentString<SaveSavedQueryMutation, SaveSavedQueryMutationVariables>;
export const DeleteSavedQueryDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation DeleteSavedQuery($name: String!) {
  deleteSavedQuery(name: $name)
}
    `) as unknown as TypedDocumentString<DeleteSavedQueryMutation, DeleteSavedQueryMutationVariables>;
export const SavedQueryVersionsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SavedQueryVersions($name: String!) {
  savedQueryVersions(name: $name) {
    version
    title
    source
    savedBy
    savedAt
  }
}
    `) as unknown as TypedDocumentString<SavedQueryVersionsQuery, SavedQueryVersionsQueryVariables>;
export const ApiKeysDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ApiKeys {
  apiKeys {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  queries
  purpose
  organisation
  rateLimitPerMinute
  status
  createdBy
  createdAt
  expiresAt
  lastUsedAt
}`) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  queries
  purpose
  organisation
  rateLimitPerMinute
  status
  createdBy
  createdAt
  expiresAt
  lastUsedAt
}`) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RevokeApiKey($id: String!) {
  revokeApiKey(id: $id) {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  queries
  purpose
  organisation
  rateLimitPerMinute
  status
  createdBy
  createdAt
  expiresAt
  lastUsedAt
}`) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const InboxDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Inbox($filter: FlagFilterInput, $first: Int!, $after: String) {
  flags(filter: $filter, first: $first, after: $after) {
    total
    endCursor
    newSince
    statusCounts {
      status
      count
    }
    items {
      ...FlagSummaryFields
    }
  }
}
    fragment FlagSummaryFields on FlagSummary {
  id
  status
  active
  score
  municipalityCode
  municipalityName
  districtCode
  ruleIds
  childCount
  assignee
  createdAt
  updatedAt
  asOf
  isNew
  version
  readOnly
  ownerDistrictName
  reopenReason
  address {
    id
    street
    postalCode
    city
    municipalityCode
  }
  children {
    personId
    firstName
    age
  }
}`) as unknown as TypedDocumentString<InboxQuery, InboxQueryVariables>;
export const MarkInboxSeenDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation MarkInboxSeen {
  markInboxSeen
}
    `) as unknown as TypedDocumentString<MarkInboxSeenMutation, MarkInboxSeenMutationVariables>;
export const InboxReferenceDocument = /*#__PURE__*/ new TypedDocumentString(`
    query InboxReference {
  municipalities {
    code
    name
    districtCode
  }
  riskRules {
    id
    titleDa
    titleEn
    source
  }
  policeDistricts {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<InboxReferenceQuery, InboxReferenceQueryVariables>;
export const FlagDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Flag($id: String!, $lang: String!, $version: Int) {
  flag(id: $id, lang: $lang, version: $version) {
    id
    status
    active
    score
    municipalityCode
    municipalityName
    districtCode
    ruleIds
    childCount
    assignee
    createdAt
    updatedAt
    asOf
    isNew
    version
    readOnly
    ownerDistrictName
    reopenReason
    address {
      id
      street
      postalCode
      city
      municipalityCode
    }
    children {
      personId
      firstName
      age
    }
    scoreExplanation
    dismissedAt
    reopenedAt
    viewingVersion
    reportVersion
    caseDistrictCodes
    versions {
      n
      createdAt
      asOf
      score
      ruleIds
      reason
      settingsHash
      settingsVersion
    }
    changes {
      since
      fromVersion
      toVersion
      scoreFrom
      scoreTo
      addressFrom
      addressTo
      membersAdded
      membersRemoved
      signalsAdded {
        ruleId
        ruleTitle
        personName
      }
      signalsRemoved {
        ruleId
        ruleTitle
        personName
      }
      evidenceAdded {
        ruleTitle
        personName
        kind
        id
        date
      }
      evidenceRemoved {
        ruleTitle
        personName
        kind
        id
        date
      }
    }
    members {
      personId
      name
      sex
      birthDate
      age
      relation
      livesWithChildren
      relations {
        childId
        relation
      }
    }
    signals {
      ruleId
      ruleTitle
      kind
      weight
      personId
      value
      threshold
      margin
      explanation
      currentCaseId
      historyCount
      historySince
      evidence {
        kind
        id
        date
        category
        categoryLabel
        role
        district
        municipality
        detail
        matchedKeyword
        categoryWeight
        current
        fromAddressId
        fromAddress
        toAddressId
        toAddress
        personId
        name
        age
        since
        relation
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FlagQuery, FlagQueryVariables>;
export const FlagReviewDocument = /*#__PURE__*/ new TypedDocumentString(`
    query FlagReview($id: String!) {
  flagReview(flagId: $id) {
    ...FlagReviewFields
  }
}
    fragment FlagReviewFields on FlagReview {
  flagId
  status
  assignee
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    kind
    fromStatus
    toStatus
    assignee
    outcome
    note
  }
  report {
    id
    flagId
    reference
    status
    version
    municipalityCode
    municipalityName
    senderDistrictName
    senderContact
    issueDate
    legalBasis
    introduction
    children {
      name
      birthDate
      age
    }
    concern
    observed
    institution
    assessment
    authors
    authorNames
    approvedBy
    approverName
    approvedAt
    requestedBy
    requestedAt
    returnComment
    returnedByName
    returnedAt
    reportedAt
    createdAt
    updatedAt
    notice
  }
  outcome {
    outcome
    note
    recordedBy
    recordedAt
  }
}`) as unknown as TypedDocumentString<FlagReviewQuery, FlagReviewQueryVariables>;
export const AssignableDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Assignable($id: String!) {
  assignableCoordinators(flagId: $id)
}
    `) as unknown as TypedDocumentString<AssignableQuery, AssignableQueryVariables>;
export const ChangeStatusDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ChangeStatus($input: FlagTransitionInput!) {
  changeFlagStatus(input: $input) {
    ...FlagReviewFields
  }
}
    fragment FlagReviewFields on FlagReview {
  flagId
  status
  assignee
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    kind
    fromStatus
    toStatus
    assignee
    outcome
    note
  }
  report {
    id
    flagId
    reference
    status
    version
    municipalityCode
    municipalityName
    senderDistrictName
    senderContact
    issueDate
    legalBasis
    introduction
    children {
      name
      birthDate
      age
    }
    concern
    observed
    institution
    assessment
    authors
    authorNames
    approvedBy
    approverName
    approvedAt
    requestedBy
    requestedAt
    returnComment
    returnedByName
    returnedAt
    reportedAt
    createdAt
    updatedAt
    notice
  }
  outcome {
    outcome
    note
    recordedBy
    recordedAt
  }
}`) as unknown as TypedDocumentString<ChangeStatusMutation, ChangeStatusMutationVariables>;
export const AssignDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation Assign($input: FlagAssignInput!) {
  assignFlag(input: $input) {
    ...FlagReviewFields
  }
}
    fragment FlagReviewFields on FlagReview {
  flagId
  status
  assignee
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    kind
    fromStatus
    toStatus
    assignee
    outcome
    note
  }
  report {
    id
    flagId
    reference
    status
    version
    municipalityCode
    municipalityName
    senderDistrictName
    senderContact
    issueDate
    legalBasis
    introduction
    children {
      name
      birthDate
      age
    }
    concern
    observed
    institution
    assessment
    authors
    authorNames
    approvedBy
    approverName
    approvedAt
    requestedBy
    requestedAt
    returnComment
    returnedByName
    returnedAt
    reportedAt
    createdAt
    updatedAt
    notice
  }
  outcome {
    outcome
    note
    recordedBy
    recordedAt
  }
}`) as unknown as TypedDocumentString<AssignMutation, AssignMutationVariables>;
export const SaveReportDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SaveReport($input: ReportDraftInput!) {
  saveReportDraft(input: $input) {
    ...FlagReviewFields
  }
}
    fragment FlagReviewFields on FlagReview {
  flagId
  status
  assignee
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    kind
    fromStatus
    toStatus
    assignee
    outcome
    note
  }
  report {
    id
    flagId
    reference
    status
    version
    municipalityCode
    municipalityName
    senderDistrictName
    senderContact
    issueDate
    legalBasis
    introduction
    children {
      name
      birthDate
      age
    }
    concern
    observed
    institution
    assessment
    authors
    authorNames
    approvedBy
    approverName
    approvedAt
    requestedBy
    requestedAt
    returnComment
    returnedByName
    returnedAt
    reportedAt
    createdAt
    updatedAt
    notice
  }
  outcome {
    outcome
    note
    recordedBy
    recordedAt
  }
}`) as unknown as TypedDocumentString<SaveReportMutation, SaveReportMutationVariables>;
export const ApproveReportDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ApproveReport($input: ReportApprovalInput!) {
  approveReport(input: $input) {
    ...FlagReviewFields
  }
}
    fragment FlagReviewFields on FlagReview {
  flagId
  status
  assignee
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    kind
    fromStatus
    toStatus
    assignee
    outcome
    note
  }
  report {
    id
    flagId
    reference
    status
    version
    municipalityCode
    municipalityName
    senderDistrictName
    senderContact
    issueDate
    legalBasis
    introduction
    children {
      name
      birthDate
      age
    }
    concern
    observed
    institution
    assessment
    authors
    authorNames
    approvedBy
    approverName
    approvedAt
    requestedBy
    requestedAt
    returnComment
    returnedByName
    returnedAt
    reportedAt
    createdAt
    updatedAt
    notice
  }
  outcome {
    outcome
    note
    recordedBy
    recordedAt
  }
}`) as unknown as TypedDocumentString<ApproveReportMutation, ApproveReportMutationVariables>;
export const RequestApprovalDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RequestApproval($input: ReportStepInput!) {
  requestReportApproval(input: $input) {
    ...FlagReviewFields
  }
}
    fragment FlagReviewFields on FlagReview {
  flagId
  status
  assignee
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    kind
    fromStatus
    toStatus
    assignee
    outcome
    note
  }
  report {
    id
    flagId
    reference
    status
    version
    municipalityCode
    municipalityName
    senderDistrictName
    senderContact
    issueDate
    legalBasis
    introduction
    children {
      name
      birthDate
      age
    }
    concern
    observed
    institution
    assessment
    authors
    authorNames
    approvedBy
    approverName
    approvedAt
    requestedBy
    requestedAt
    returnComment
    returnedByName
    returnedAt
    reportedAt
    createdAt
    updatedAt
    notice
  }
  outcome {
    outcome
    note
    recordedBy
    recordedAt
  }
}`) as unknown as TypedDocumentString<RequestApprovalMutation, RequestApprovalMutationVariables>;
export const ReturnReportDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ReturnReport($input: ReportStepInput!) {
  returnReport(input: $input) {
    ...FlagReviewFields
  }
}
    fragment FlagReviewFields on FlagReview {
  flagId
  status
  assignee
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    kind
    fromStatus
    toStatus
    assignee
    outcome
    note
  }
  report {
    id
    flagId
    reference
    status
    version
    municipalityCode
    municipalityName
    senderDistrictName
    senderContact
    issueDate
    legalBasis
    introduction
    children {
      name
      birthDate
      age
    }
    concern
    observed
    institution
    assessment
    authors
    authorNames
    approvedBy
    approverName
    approvedAt
    requestedBy
    requestedAt
    returnComment
    returnedByName
    returnedAt
    reportedAt
    createdAt
    updatedAt
    notice
  }
  outcome {
    outcome
    note
    recordedBy
    recordedAt
  }
}`) as unknown as TypedDocumentString<ReturnReportMutation, ReturnReportMutationVariables>;
export const ApprovalQueueDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ApprovalQueue {
  approvalQueue {
    flagId
    reportId
    reference
    version
    municipalityName
    childCount
    requestedByName
    requestedAt
  }
}
    `) as unknown as TypedDocumentString<ApprovalQueueQuery, ApprovalQueueQueryVariables>;
export const RecordOutcomeDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RecordOutcome($input: ReportOutcomeInput!) {
  recordReportOutcome(input: $input) {
    ...FlagReviewFields
  }
}
    fragment FlagReviewFields on FlagReview {
  flagId
  status
  assignee
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    kind
    fromStatus
    toStatus
    assignee
    outcome
    note
  }
  report {
    id
    flagId
    reference
    status
    version
    municipalityCode
    municipalityName
    senderDistrictName
    senderContact
    issueDate
    legalBasis
    introduction
    children {
      name
      birthDate
      age
    }
    concern
    observed
    institution
    assessment
    authors
    authorNames
    approvedBy
    approverName
    approvedAt
    requestedBy
    requestedAt
    returnComment
    returnedByName
    returnedAt
    reportedAt
    createdAt
    updatedAt
    notice
  }
  outcome {
    outcome
    note
    recordedBy
    recordedAt
  }
}`) as unknown as TypedDocumentString<RecordOutcomeMutation, RecordOutcomeMutationVariables>;
export const ReportPreviewDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ReportPreview($id: String!, $childIds: [String!]) {
  reportPreview(flagId: $id, childIds: $childIds) {
    municipalityCode
    municipalityName
    children {
      name
      birthDate
      age
    }
    concern
  }
}
    `) as unknown as TypedDocumentString<ReportPreviewQuery, ReportPreviewQueryVariables>;
export const CaseDetailDocument = /*#__PURE__*/ new TypedDocumentString(`
    query CaseDetail($flagId: String!, $caseId: String!) {
  flagCaseDetail(flagId: $flagId, caseId: $caseId) {
    caseId
    journalNo
    category
    categoryLabel
    occurredAt
    districtCode
    summary
    keywords
    involved {
      personId
      name
      birthDate
      role
    }
  }
}
    `) as unknown as TypedDocumentString<CaseDetailQuery, CaseDetailQueryVariables>;
export const StatisticsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Statistics($from: String!, $to: String!, $district: String) {
  reviewStatistics(fromMonth: $from, toMonth: $to, districtCode: $district) {
    fromMonth
    toMonth
    districtCode
    populationDate
    suppressedBelow
    months {
      month
      flagsRaised
      reportsSent
      reportsOwnDistrict
      reportsElsewhere
      dismissals
    }
    districts {
      districtCode
      districtName
      flagsRaised
      reportsSent
      reportsOwnDistrict
      reportsElsewhere
      dismissals
    }
    municipalities {
      municipalityCode
      municipalityName
      districtCode
      flagsRaised
      reportsReceived
      dismissals
      population
      flagsPer1000
    }
    rules {
      ruleId
      titleDa
      titleEn
      reports
      judged
      relevant
      notRelevant
      alreadyKnown
      relevantShare
    }
  }
}
    `) as unknown as TypedDocumentString<StatisticsQuery, StatisticsQueryVariables>;
export const DistrictsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Districts {
  policeDistricts {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<DistrictsQuery, DistrictsQueryVariables>;