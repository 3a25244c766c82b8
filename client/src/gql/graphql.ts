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

/** What kind of actor an audit entry names */
export type AuditActorKind =
  /** an API key (actor is its id) */
  | 'API_KEY'
  /** the command line on the server (actor is cli:<operating-system user>) */
  | 'CLI'
  /** the server itself (scheduled work such as retention) */
  | 'SYSTEM'
  /** no such user or key (a failed sign-in with an unknown name, or an account since removed) */
  | 'UNKNOWN'
  /** a user account (actor is its username) */
  | 'USER';

/** How a flag member is related to one child */
export type ChildRelationKind =
  /** another adult in the household */
  | 'OTHER_ADULT'
  /** the child’s parent */
  | 'PARENT'
  /** the partner of one of the child’s parents */
  | 'PARENT_PARTNER'
  /** the child themself */
  | 'SELF'
  /** the child’s brother or sister */
  | 'SIBLING';

/** A new API key: its saved queries, purpose, organisation and limits */
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

/** A new user account */
export type CreateUserInput = {
  /** the police district’s code (e.g. NJY); required for a coordinator */
  districtCode?: string | null | undefined;
  /** full name, as reports and the audit view show it */
  fullName?: string | null | undefined;
  /** the municipality’s code (e.g. 851); required for a caseworker or municipal-admin */
  municipalityCode?: string | null | undefined;
  /** the first password: at least 12 characters, not a common one, not the username */
  password: string;
  /** what the new account may do (its pages and the data it may read) */
  role: UserRole;
  /** job title, e.g. "Politikommissær" */
  title?: string | null | undefined;
  /** 2-64 characters: a-z, 0-9, . _ - */
  username: string;
};

/** What kind of record stands behind a signal */
export type EvidenceKind =
  /** the address itself */
  | 'ADDRESS'
  /** a police case */
  | 'CASE'
  /** a person registered at the children’s address */
  | 'CO_RESIDENT'
  /** a municipal indicator */
  | 'INDICATOR'
  /** a move from one address to another */
  | 'MOVE'
  /** the person record itself, when a rule cites the person rather than one of their records */
  | 'PERSON'
  /** a residence period */
  | 'RESIDENCE';

/** The family’s answer to an offer of support */
export type FamilyAnswer =
  /** the family accepted the offer */
  | 'ACCEPTED'
  /** the family declined the offer */
  | 'DECLINED'
  /** the family did not answer */
  | 'NO_ANSWER';

/** The family’s answer to an offer of support */
export type FamilyAnswerInput = {
  /** the family’s answer */
  answer: FamilyAnswer;
  /** the day the family answered */
  date: string;
  /** the support flag’s id */
  id: string;
  /** what the family said, or how it was asked (3-4000 characters) */
  note: string;
};

/** What one dated event of a family is */
export type FamilyEventKind =
  /** a person is born */
  | 'birth'
  /** a case a person is involved in */
  | 'case'
  /** a person dies */
  | 'death'
  /** a marriage ends */
  | 'divorce'
  /** two adults marry */
  | 'marriage'
  /** a person moves from one address to another */
  | 'move'
  /** two adults begin to live together */
  | 'partnership'
  /** a partnership ends */
  | 'separation';

/** Who a flag is assigned to, with an optional note */
export type FlagAssignInput = {
  /** a coordinator of the flag’s district */
  assignee: string;
  /** the flag to assign */
  flagId: string;
  /** why (required, kept in the history) */
  note: string;
};

/** Which flags to list (every filter optional) */
export type FlagFilterInput = {
  /** only flags assigned to this username */
  assignee?: string | null | undefined;
  /** only flags owned by this police district (code, e.g. NJY) */
  districtCode?: string | null | undefined;
  /** also flags that no longer qualify and were never handled */
  includeInactive?: boolean | null | undefined;
  /** only flags with at least this score */
  minScore?: number | null | undefined;
  /** only flags whose children live in this municipality (code, e.g. 851) */
  municipalityCode?: string | null | undefined;
  /** mark flags raised or reopened after this instant as new (default: the user’s last visit of the inbox, FlagPage.newSince) */
  newSince?: string | null | undefined;
  /** only flags where this rule fired */
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

/** A flag’s move to another status, with the note the move needs */
export type FlagTransitionInput = {
  /** when taking into review: who reviews it (default: you) */
  assignee?: string | null | undefined;
  /** the flag to move */
  flagId: string;
  /** why (required, kept in the history) */
  note: string;
  /** the status to go to (not NEW) */
  status: FlagStatus;
};

/** What a municipal indicator records */
export type IndicatorKind =
  /** treatment for addiction */
  | 'ADDICTION_TREATMENT'
  /** a missed appointment at the municipal dental service */
  | 'DENTAL_NO_SHOW'
  /** extra visits by the health visitor */
  | 'EXTRA_HEALTH_VISITS'
  /** contact with the job centre */
  | 'JOBCENTER_CONTACT'
  /** a notification of concern (underretning) about a child */
  | 'NOTIFICATION'
  /** treatment in psychiatry (in- or outpatient) */
  | 'PSYCHIATRIC_TREATMENT'
  /** absence from school */
  | 'SCHOOL_ABSENCE'
  /** living on transfer income */
  | 'TRANSFER_INCOME';

/** How a person is involved in a case */
export type InvolvementRole =
  /** charged (sigtet) in the case */
  | 'charged'
  /** involved otherwise (e.g. the person a suicide threat or disturbance concerns) */
  | 'other'
  /** reported the case */
  | 'reporter'
  /** suspected */
  | 'suspect'
  /** the victim of the offence (forurettet) */
  | 'victim'
  /** a witness in the case */
  | 'witness';

/** A flag member’s place around the children */
export type MemberRelation =
  /** an adult who lives with the children */
  | 'ADULT'
  /** one of the children the flag is about */
  | 'CHILD'
  /** a parent of a child who lives elsewhere */
  | 'PARENT_ELSEWHERE';

/** How two adults are partners */
export type PartnerKind =
  /** living together without marriage */
  | 'cohabiting'
  /** married or in a registered partnership */
  | 'married';

/** A request for, or a decision on, a report’s approval */
export type ReportApprovalInput = {
  /** when the children moved since the draft: the new recipient municipality, confirmed by the approver */
  confirmMunicipalityCode?: string | null | undefined;
  /** the flag whose report it is */
  flagId: string;
  /** a note kept in the history (optional) */
  note?: string | null | undefined;
  /** the version the approver read */
  version: number;
};

/** The text of a social report draft */
export type ReportDraftInput = {
  /** the child’s situation in the coordinator’s words (the professional assessment): the child, not the adults’ history */
  assessment: string;
  /** the children the report concerns (default: all children of the flag) */
  childIds?: Array<string> | null | undefined;
  /** the flag the report is about */
  flagId: string;
  /** the child’s daycare or school, or "ukendt" (required to save) */
  institution?: string | null | undefined;
  /** what the police observed about the child (required to save) */
  observed?: string | null | undefined;
};

/** What the municipality answered to a report */
export type ReportOutcomeInput = {
  /** the flag whose report the municipality answered */
  flagId: string;
  /** what the municipality added (optional) */
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

/** One step of a report’s approval, by flag */
export type ReportStepInput = {
  /** a comment; required when returning a report to its author */
  comment?: string | null | undefined;
  /** the flag whose report it is */
  flagId: string;
  /** the version read */
  version: number;
};

/** A new legal basis for sharing data between police and a municipality */
export type SharingBasisInput = {
  /** who shares: 'police' or 'municipality:<code>' */
  fromSource: string;
  /** the law and section that allow the sharing (e.g. retsplejeloven § 115) */
  legalBasis: string;
  /** the purpose stated for it */
  purpose: string;
  /** who receives: 'police', 'district:<code>' or 'municipality:<code>' */
  toOrg: string;
  /** the first day it applies (YYYY-MM-DD) */
  validFrom: string;
  /** the first day it no longer applies (YYYY-MM-DD, after validFrom) */
  validUntil: string;
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

/** A change to a user account: send the version read; a stale one is refused */
export type UserChangeInput = {
  /** the police district’s code (e.g. NJY) */
  districtCode?: string | null | undefined;
  /** a new full name (left out: unchanged) */
  fullName?: string | null | undefined;
  /** the municipality’s code (e.g. 851) */
  municipalityCode?: string | null | undefined;
  /** a new role (sessions are revoked) */
  role?: UserRole | null | undefined;
  /** a new job title (left out: unchanged) */
  title?: string | null | undefined;
  /** the account’s username */
  username: string;
  /** the version read (User.version); a stale one is a CONFLICT */
  version: number;
};

/** The role of a person’s account (API keys have their own) */
export type UserRole =
  /** administers users, rules, sharing bases and the audit log */
  | 'ADMIN'
  /** reads and explores across districts; decides nothing */
  | 'ANALYST'
  /** decides support flags of one municipality */
  | 'CASEWORKER'
  /** triages and reports the flags of one police district */
  | 'COORDINATOR'
  /** runs the municipal scan and oversees one municipality */
  | 'MUNICIPAL_ADMIN';

export type PoliceSubjectExtractQueryVariables = Exact<{
  personId: string;
}>;


export type PoliceSubjectExtractQuery = { subjectExtract: { personId: string, name: string, birthDate: string | null, purposes: Array<string>, lookups: Array<{ at: string, actor: string, role: string, operation: string, purpose: string | null, outcome: string }>, flags: Array<{ flagId: string, status: string, rules: Array<string>, relation: string | null, versions: number }>, reports: Array<{ reference: string, municipalityCode: string, issueDate: string | null, status: string, asChild: boolean }> } };

export type SubjectPickerQueryVariables = Exact<{
  query: string;
}>;


export type SubjectPickerQuery = { subjectSearch: { matches: Array<{ personId: string, name: string, birthDate: string | null }> } };

export type RiskRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskRulesQuery = { riskRules: Array<{ id: string, titleDa: string, titleEn: string, description: string, kind: string, source: string, weight: number, enabled: boolean, cypher: string, settingsVersion: number, parameters: Array<{ name: string, type: string, defaultValue: string, value: string, min: number | null, max: number | null, reason: string }> }> };

export type PreviewRulesQueryVariables = Exact<{
  parameters: string;
  asOf?: string | null | undefined;
}>;


export type PreviewRulesQuery = { previewRules: { asOf: string, clusters: number, wouldFlag: number, currentlyFlagged: number, added: Array<string>, removed: Array<string> } };

export type SaveRuleSettingsMutationVariables = Exact<{
  ruleId: string;
  settings: string;
  expectedVersion: number;
  confirmEmptyKeywords?: boolean | null | undefined;
}>;


export type SaveRuleSettingsMutation = { saveRuleSettings: number };

export type SavePolicySettingsMutationVariables = Exact<{
  minContextRules: number;
  expectedVersion: number;
}>;


export type SavePolicySettingsMutation = { savePolicySettings: number };

export type RiskPolicyQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskPolicyQuery = { riskPolicy: { minContextRules: number, version: number } };

export type RiskCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskCategoriesQuery = { riskCategories: { version: number, categories: Array<{ code: string, labelDa: string, labelEn: string, roles: Array<string>, defaultRoles: Array<string>, weight: number, defaultWeight: number, reason: string }> } };

export type SaveCategorySettingsMutationVariables = Exact<{
  settings: string;
  expectedVersion: number;
}>;


export type SaveCategorySettingsMutation = { saveCategorySettings: number };

export type RetentionPreviewQueryVariables = Exact<{ [key: string]: never; }>;


export type RetentionPreviewQuery = { retentionPreview: { casesDeletable: number, casesKept: number, indicatorsDeletable: number, supportFlagsDeletable: number, dismissedFlagsDeletable: number, categories: Array<{ category: string, cutoff: string, deletable: number, kept: number, oldest: string | null, newest: string | null }> } };

export type RunRetentionMutationVariables = Exact<{ [key: string]: never; }>;


export type RunRetentionMutation = { runRetention: { casesDeleted: number, casesKept: number, flagsDeleted: number, indicatorsDeleted: number, supportFlagsDeleted: number, caseCutoff: string, flagCutoff: string, indicatorCutoff: string, supportFlagCutoff: string } };

export type RunScanMutationVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type RunScanMutation = { runScan: { asOf: string, live: boolean, clusters: number, flagged: number, newVersions: number, deactivated: number, matchingExisting: number, noLongerFound: number, settingsHash: string, elapsedMs: number } };

export type ScanStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type ScanStatusQuery = { scanStatus: { lastScanAt: string | null, lastScanSummary: string | null, lastAttemptAt: string | null, lastOutcome: string | null, nextDueAt: string | null, running: boolean, intervalHours: number } };

export type AuditLogQueryVariables = Exact<{
  first: number;
  beforeSeq?: number | null | undefined;
  actor?: string | null | undefined;
  operation?: string | null | undefined;
  personId?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: Array<{ seq: number, at: string, actor: string, actorKind: AuditActorKind, actorName: string | null, role: string, operation: string, personIds: Array<string>, purpose: string | null, requestId: string | null, outcome: string, detail: string | null, persons: Array<{ id: string, name: string | null }> }> };

export type PersonAccessLogQueryVariables = Exact<{
  personId: string;
}>;


export type PersonAccessLogQuery = { personAccessLog: Array<{ at: string, actor: string, role: string, operation: string, purpose: string | null, outcome: string }> };

export type VerifyAuditLogQueryVariables = Exact<{ [key: string]: never; }>;


export type VerifyAuditLogQuery = { verifyAuditLog: { intact: boolean, checked: number, problem: string | null, problemSeq: number | null } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ username: string, role: UserRole, districtCode: string | null, municipalityCode: string | null, disabled: boolean, lockedUntil: string | null }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: boolean };

export type SharingBasisFieldsFragment = { id: string, legalBasis: string, purpose: string, fromSource: string, toOrg: string, validFrom: string, validUntil: string, createdBy: string, createdByName: string | null };

export type SharingBasesQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type SharingBasesQuery = { sharingBases: Array<{ id: string, legalBasis: string, purpose: string, fromSource: string, toOrg: string, validFrom: string, validUntil: string, createdBy: string, createdByName: string | null }> };

export type CreateSharingBasisMutationVariables = Exact<{
  input: SharingBasisInput;
}>;


export type CreateSharingBasisMutation = { createSharingBasis: { id: string, legalBasis: string, purpose: string, fromSource: string, toOrg: string, validFrom: string, validUntil: string, createdBy: string, createdByName: string | null } };

export type AdminReferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminReferenceQuery = { policeDistricts: Array<{ code: string, name: string }>, municipalities: Array<{ code: string, name: string, districtCode: string }> };

export type EndedSharingBasisFieldsFragment = { id: string, legalBasis: string, purpose: string, fromSource: string, toOrg: string, validFrom: string, validUntil: string, createdBy: string, createdByName: string | null, endReason: string | null, endedBy: string | null, endedByName: string | null };

export type SharingBasesWithEndQueryVariables = Exact<{
  on?: string | null | undefined;
}>;


export type SharingBasesWithEndQuery = { sharingBases: Array<{ id: string, legalBasis: string, purpose: string, fromSource: string, toOrg: string, validFrom: string, validUntil: string, createdBy: string, createdByName: string | null, endReason: string | null, endedBy: string | null, endedByName: string | null }> };

export type EndSharingBasisMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type EndSharingBasisMutation = { endSharingBasis: { id: string, legalBasis: string, purpose: string, fromSource: string, toOrg: string, validFrom: string, validUntil: string, createdBy: string, createdByName: string | null, endReason: string | null, endedBy: string | null, endedByName: string | null } };

export type UserAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type UserAccountsQuery = { users: Array<{ username: string, fullName: string | null, title: string | null, role: UserRole, districtCode: string | null, municipalityCode: string | null, disabled: boolean, lockedUntil: string | null, lastSignInAt: string | null, version: number }> };

export type UpdateUserMutationVariables = Exact<{
  input: UserChangeInput;
}>;


export type UpdateUserMutation = { updateUser: boolean };

export type SetUserActiveMutationVariables = Exact<{
  username: string;
  version: number;
  active: boolean;
}>;


export type SetUserActiveMutation = { setUserActive: boolean };

export type UnlockUserMutationVariables = Exact<{
  username: string;
  version: number;
}>;


export type UnlockUserMutation = { unlockUser: boolean };

export type ResetUserPasswordMutationVariables = Exact<{
  username: string;
  version: number;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { username: string, temporaryPassword: string } };

export type FamilyPersonFieldsFragment = { id: string, name: string, sex: string, birthDate: string, deathDate: string | null, age: number | null, born: boolean, deceased: boolean, searched: boolean, kin: boolean, relation: string, history: { addressChanges: number, caseCounts: Array<{ category: string, subcategory: string | null, labelDa: string, labelEn: string, role: InvolvementRole, count: number }> }, flags: Array<{ id: string, status: FlagStatus | null }> };

export type TimelineAddressFieldsFragment = { id: string, street: string, postalCode: string, city: string };

export type FamilyQueryVariables = Exact<{
  personId: string | number;
  depth: number;
  asOf?: string | null | undefined;
}>;


export type FamilyQuery = { family: { rootId: string, asOf: string, depth: number, persons: Array<{ id: string, name: string, sex: string, birthDate: string, deathDate: string | null, age: number | null, born: boolean, deceased: boolean, searched: boolean, kin: boolean, relation: string, history: { addressChanges: number, caseCounts: Array<{ category: string, subcategory: string | null, labelDa: string, labelEn: string, role: InvolvementRole, count: number }> }, flags: Array<{ id: string, status: FlagStatus | null }> }>, parentLinks: Array<{ parentId: string, childId: string }>, partnerships: Array<{ personA: string, personB: string, kind: PartnerKind, from: string | null, to: string | null, status: string }>, households: Array<{ addressId: string, street: string, postalCode: string, city: string, municipalityCode: string | null, municipalityName: string | null, memberIds: Array<string>, residentCount: number, parentElsewhere: boolean, residents: Array<{ personId: string, since: string }> }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchQuery = { searchPersons: { mode: string, hasNextPage: boolean, endCursor: string | null, items: Array<{ id: string, name: string, sex: string, birthDate: string, deathDate: string | null }> } };

export type PersonQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type PersonQuery = { person: { id: string, name: string, sex: string, birthDate: string, deathDate: string | null, residencesTruncated: boolean, residences: Array<{ addressId: string, street: string, postalCode: string, city: string, municipalityCode: string | null, municipalityName: string | null, from: string, to: string | null }>, kinship: { parents: Array<{ id: string, name: string }>, children: Array<{ id: string, name: string }>, partners: Array<{ kind: PartnerKind, from: string | null, to: string | null, person: { id: string, name: string } }> }, provenance: Array<{ at: string, action: string, recordType: string, key: string, batchId: string, source: string, actor: string, file: string | null, line: number, reason: string | null, fields: Array<{ field: string, old: string | null, new: string | null }> }> }, personCases: { totalCount: number, hasNextPage: boolean, items: Array<{ caseId: string, journalNo: string, category: string, categoryLabelDa: string, categoryLabelEn: string, subcategory: string | null, occurredAt: string, role: InvolvementRole, districtCode: string | null, districtName: string | null }> } };

export type FamilyTimelineQueryVariables = Exact<{
  personId: string | number;
  depth: number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type FamilyTimelineQuery = { familyTimeline: { rootId: string, from: string, to: string, truncated: boolean, events: Array<{ date: string, kind: FamilyEventKind, personId: string, otherPersonId: string | null, caseId: string | null, category: string | null, subcategory: string | null, categoryLabelDa: string | null, categoryLabelEn: string | null, role: InvolvementRole | null, districtCode: string | null, fromAddress: { id: string, street: string, postalCode: string, city: string } | null, toAddress: { id: string, street: string, postalCode: string, city: string } | null }> } };

export type LetterMunicipalityQueryVariables = Exact<{ [key: string]: never; }>;


export type LetterMunicipalityQuery = { municipalities: Array<{ code: string, name: string }> };

export type SupportFlagAnswerQueryVariables = Exact<{
  id: string;
}>;


export type SupportFlagAnswerQuery = { supportFlag: { id: string, familyAnswer: FamilyAnswer | null, familyAnswerDate: string | null, familyAnswerNote: string | null } };

export type RecordFamilyAnswerMutationVariables = Exact<{
  input: FamilyAnswerInput;
}>;


export type RecordFamilyAnswerMutation = { recordFamilyAnswer: string };

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


export type SupportFlagQuery = { supportFlag: { id: string, status: SupportFlagStatus, active: boolean, score: number, ruleIds: Array<string>, childCount: number, municipalityCode: string, createdAt: string, asOf: string, wording: string, scoreExplanation: string, members: Array<{ personId: string, name: string, sex: string, birthDate: string, age: number, relation: MemberRelation, livesWithChildren: boolean, relations: Array<{ childId: string, relation: ChildRelationKind }> }>, signals: Array<{ ruleId: string, ruleTitle: string, kind: SignalKind, weight: number, personId: string | null, value: number, threshold: number, margin: number, explanation: string, evidence: Array<{ kind: EvidenceKind, id: string, date: string, category: string | null, municipality: string | null }> }>, decisions: Array<{ at: string, actor: string, decision: SupportEventKind, note: string }>, sharedPoliceHistory: Array<{ personId: string, category: string, cases: number }>, sharingBases: Array<{ id: string, legalBasis: string, purpose: string, fromSource: string, toOrg: string, validFrom: string, validUntil: string }> } };

export type DecideSupportFlagMutationVariables = Exact<{
  id: string;
  decision: SupportDecisionKind;
  note: string;
}>;


export type DecideSupportFlagMutation = { decideSupportFlag: SupportFlagStatus };

export type PersonIndicatorsQueryVariables = Exact<{
  personId: string;
}>;


export type PersonIndicatorsQuery = { personIndicators: Array<{ id: string, kind: IndicatorKind, date: string, municipalityCode: string, detail: string | null }> };

export type RunMunicipalScanMutationVariables = Exact<{
  asOf?: string | null | undefined;
  maxChildAge: number;
}>;


export type RunMunicipalScanMutation = { runMunicipalScan: { asOf: string, municipalityCode: string, clusters: number, flagged: number } };

export type MunicipalSubjectReportQueryVariables = Exact<{
  personId: string;
}>;


export type MunicipalSubjectReportQuery = { municipalSubjectReport: { personId: string, municipalityCode: string, indicators: Array<{ id: string, kind: IndicatorKind, date: string, municipalityCode: string, detail: string | null }>, flags: Array<{ id: string, status: SupportFlagStatus, asOf: string, rules: Array<string>, decisions: Array<{ at: string, actor: string, decision: SupportEventKind, note: string }> }> } };

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

export type SavedQueryFieldsFragment = { name: string, title: string, description: string, source: string, timeoutMs: number | null, scopes: Array<string>, version: number, origin: string, owner: string, updatedAt: string, updatedBy: string, updatedByName: string | null, parameters: Array<{ name: string, type: string, required: boolean, defaultValue: unknown, min: unknown, max: unknown, description: string }> };

export type SavedQueriesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type SavedQueriesQuery = { savedQueries: Array<{ name: string, title: string, description: string, source: string, timeoutMs: number | null, scopes: Array<string>, version: number, origin: string, owner: string, updatedAt: string, updatedBy: string, updatedByName: string | null, parameters: Array<{ name: string, type: string, required: boolean, defaultValue: unknown, min: unknown, max: unknown, description: string }> }> };

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


export type SaveSavedQueryMutation = { saveSavedQuery: { name: string, title: string, description: string, source: string, timeoutMs: number | null, scopes: Array<string>, version: number, origin: string, owner: string, updatedAt: string, updatedBy: string, updatedByName: string | null, parameters: Array<{ name: string, type: string, required: boolean, defaultValue: unknown, min: unknown, max: unknown, description: string }> } };

export type DeleteSavedQueryMutationVariables = Exact<{
  name: string;
}>;


export type DeleteSavedQueryMutation = { deleteSavedQuery: boolean };

export type SavedQueryVersionsQueryVariables = Exact<{
  name: string;
}>;


export type SavedQueryVersionsQuery = { savedQueryVersions: Array<{ version: number, title: string, source: string, savedBy: string, savedByName: string | null, savedAt: string }> };

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


export type FlagQuery = { flag: { id: string, status: FlagStatus, active: boolean, score: number, municipalityCode: string, municipalityName: string, districtCode: string, ruleIds: Array<string>, childCount: number, assignee: string | null, createdAt: string, updatedAt: string, asOf: string, isNew: boolean, version: number, readOnly: boolean, ownerDistrictName: string, reopenReason: string | null, scoreExplanation: string, dismissedAt: string | null, reopenedAt: string | null, viewingVersion: number, reportVersion: number | null, caseDistrictCodes: Array<string>, address: { id: string, street: string, postalCode: string, city: string, municipalityCode: string } | null, children: Array<{ personId: string, firstName: string, age: number }>, versions: Array<{ n: number, createdAt: string, asOf: string, score: number, ruleIds: Array<string>, reason: string, settingsHash: string | null, settingsVersion: number | null }>, changes: Array<{ since: string, fromVersion: number, toVersion: number, scoreFrom: number, scoreTo: number, addressFrom: string | null, addressTo: string | null, membersAdded: Array<string>, membersRemoved: Array<string>, signalsAdded: Array<{ ruleId: string, ruleTitle: string, personName: string | null }>, signalsRemoved: Array<{ ruleId: string, ruleTitle: string, personName: string | null }>, evidenceAdded: Array<{ ruleTitle: string, personName: string | null, kind: string, id: string, date: string }>, evidenceRemoved: Array<{ ruleTitle: string, personName: string | null, kind: string, id: string, date: string }> }>, members: Array<{ personId: string, name: string, sex: string, birthDate: string, age: number, relation: MemberRelation, livesWithChildren: boolean, relations: Array<{ childId: string, relation: ChildRelationKind }> }>, signals: Array<{ ruleId: string, ruleTitle: string, kind: SignalKind, weight: number, personId: string | null, value: number, threshold: number, margin: number, explanation: string, currentCaseId: string | null, historyCount: number | null, historySince: string | null, evidence: Array<{ kind: EvidenceKind, id: string, date: string, category: string | null, categoryLabel: string | null, role: InvolvementRole | null, district: string | null, districtName: string | null, municipality: string | null, municipalityName: string | null, detail: string | null, matchedKeyword: string | null, categoryWeight: number | null, current: boolean | null, fromAddressId: string | null, fromAddress: string | null, toAddressId: string | null, toAddress: string | null, personId: string | null, name: string | null, age: number | null, since: string | null, relation: string | null }> }> } };

export type FlagReviewFieldsFragment = { flagId: string, status: FlagStatus, assignee: string | null, assigneeName: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, actorName: string | null, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, assigneeName: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string } | null };

export type FlagReviewQueryVariables = Exact<{
  id: string;
}>;


export type FlagReviewQuery = { flagReview: { flagId: string, status: FlagStatus, assignee: string | null, assigneeName: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, actorName: string | null, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, assigneeName: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string } | null } };

export type AssignableQueryVariables = Exact<{
  id: string;
}>;


export type AssignableQuery = { assignableCoordinatorAccounts: Array<{ username: string, fullName: string | null }> };

export type ChangeStatusMutationVariables = Exact<{
  input: FlagTransitionInput;
}>;


export type ChangeStatusMutation = { changeFlagStatus: { flagId: string, status: FlagStatus, assignee: string | null, assigneeName: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, actorName: string | null, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, assigneeName: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string } | null } };

export type AssignMutationVariables = Exact<{
  input: FlagAssignInput;
}>;


export type AssignMutation = { assignFlag: { flagId: string, status: FlagStatus, assignee: string | null, assigneeName: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, actorName: string | null, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, assigneeName: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string } | null } };

export type SaveReportMutationVariables = Exact<{
  input: ReportDraftInput;
}>;


export type SaveReportMutation = { saveReportDraft: { flagId: string, status: FlagStatus, assignee: string | null, assigneeName: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, actorName: string | null, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, assigneeName: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string } | null } };

export type ApproveReportMutationVariables = Exact<{
  input: ReportApprovalInput;
}>;


export type ApproveReportMutation = { approveReport: { flagId: string, status: FlagStatus, assignee: string | null, assigneeName: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, actorName: string | null, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, assigneeName: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string } | null } };

export type RequestApprovalMutationVariables = Exact<{
  input: ReportStepInput;
}>;


export type RequestApprovalMutation = { requestReportApproval: { flagId: string, status: FlagStatus, assignee: string | null, assigneeName: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, actorName: string | null, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, assigneeName: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string } | null } };

export type ReturnReportMutationVariables = Exact<{
  input: ReportStepInput;
}>;


export type ReturnReportMutation = { returnReport: { flagId: string, status: FlagStatus, assignee: string | null, assigneeName: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, actorName: string | null, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, assigneeName: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string } | null } };

export type ApprovalQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalQueueQuery = { approvalQueue: Array<{ flagId: string, reportId: string, reference: string, version: number, municipalityName: string, childCount: number, requestedByName: string, requestedAt: string }> };

export type RecordOutcomeMutationVariables = Exact<{
  input: ReportOutcomeInput;
}>;


export type RecordOutcomeMutation = { recordReportOutcome: { flagId: string, status: FlagStatus, assignee: string | null, assigneeName: string | null, allowedTransitions: Array<FlagStatus>, canReport: boolean, canApprove: boolean, canRequestApproval: boolean, history: Array<{ id: string, at: string, actor: string, actorName: string | null, kind: string, fromStatus: string | null, toStatus: string | null, assignee: string | null, assigneeName: string | null, outcome: ReportOutcomeKind | null, note: string | null }>, report: { id: string, flagId: string, reference: string, status: ReportStatus, version: number, municipalityCode: string, municipalityName: string, senderDistrictName: string, senderContact: Array<string>, issueDate: string, legalBasis: string, introduction: string, concern: Array<string>, observed: string | null, institution: string | null, assessment: string, authors: Array<string>, authorNames: Array<string>, approvedBy: string | null, approverName: string | null, approvedAt: string | null, requestedBy: string | null, requestedAt: string | null, returnComment: string | null, returnedByName: string | null, returnedAt: string | null, reportedAt: string | null, createdAt: string, updatedAt: string, notice: string, children: Array<{ name: string, birthDate: string, age: number }> } | null, outcome: { outcome: ReportOutcomeKind, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string } | null } };

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
export const SharingBasisFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment SharingBasisFields on SharingBasis {
  id
  legalBasis
  purpose
  fromSource
  toOrg
  validFrom
  validUntil
  createdBy
  createdByName
}
    `, {"fragmentName":"SharingBasisFields"}) as unknown as TypedDocumentString<SharingBasisFieldsFragment, unknown>;
export const EndedSharingBasisFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment EndedSharingBasisFields on SharingBasis {
  id
  legalBasis
  purpose
  fromSource
  toOrg
  validFrom
  validUntil
  createdBy
  createdByName
  endReason
  endedBy
  endedByName
}
    `, {"fragmentName":"EndedSharingBasisFields"}) as unknown as TypedDocumentString<EndedSharingBasisFieldsFragment, unknown>;
export const FamilyPersonFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment FamilyPersonFields on FamilyPerson {
  id
  name
  sex
  birthDate
  deathDate
  age
  born
  deceased
  searched
  kin
  relation
  history {
    addressChanges
    caseCounts {
      category
      subcategory
      labelDa
      labelEn
      role
      count
    }
  }
  flags {
    id
    status
  }
}
    `, {"fragmentName":"FamilyPersonFields"}) as unknown as TypedDocumentString<FamilyPersonFieldsFragment, unknown>;
export const TimelineAddressFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment TimelineAddressFields on TimelineAddress {
  id
  street
  postalCode
  city
}
    `, {"fragmentName":"TimelineAddressFields"}) as unknown as TypedDocumentString<TimelineAddressFieldsFragment, unknown>;
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
  updatedByName
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
  assigneeName
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    actorName
    kind
    fromStatus
    toStatus
    assignee
    assigneeName
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
    recordedByName
    recordedAt
  }
}
    `, {"fragmentName":"FlagReviewFields"}) as unknown as TypedDocumentString<FlagReviewFieldsFragment, unknown>;
export const PoliceSubjectExtractDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PoliceSubjectExtract($personId: String!) {
  subjectExtract(personId: $personId) {
    personId
    name
    birthDate
    purposes
    lookups {
      at
      actor
      role
      operation
      purpose
      outcome
    }
    flags {
      flagId
      status
      rules
      relation
      versions
    }
    reports {
      reference
      municipalityCode
      issueDate
      status
      asChild
    }
  }
}
    `) as unknown as TypedDocumentString<PoliceSubjectExtractQuery, PoliceSubjectExtractQueryVariables>;
export const SubjectPickerDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SubjectPicker($query: String!) {
  subjectSearch(query: $query) {
    matches {
      personId
      name
      birthDate
    }
  }
}
    `) as unknown as TypedDocumentString<SubjectPickerQuery, SubjectPickerQueryVariables>;
export const RiskRulesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query RiskRules {
  riskRules {
    id
    titleDa
    titleEn
    description
    kind
    source
    weight
    enabled
    cypher
    settingsVersion
    parameters {
      name
      type
      defaultValue
      value
      min
      max
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<RiskRulesQuery, RiskRulesQueryVariables>;
export const PreviewRulesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PreviewRules($parameters: String!, $asOf: Date) {
  previewRules(parameters: $parameters, asOf: $asOf) {
    asOf
    clusters
    wouldFlag
    currentlyFlagged
    added
    removed
  }
}
    `) as unknown as TypedDocumentString<PreviewRulesQuery, PreviewRulesQueryVariables>;
export const SaveRuleSettingsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SaveRuleSettings($ruleId: String!, $settings: String!, $expectedVersion: Int!, $confirmEmptyKeywords: Boolean) {
  saveRuleSettings(
    ruleId: $ruleId
    settings: $settings
    expectedVersion: $expectedVersion
    confirmEmptyKeywords: $confirmEmptyKeywords
  )
}
    `) as unknown as TypedDocumentString<SaveRuleSettingsMutation, SaveRuleSettingsMutationVariables>;
export const SavePolicySettingsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SavePolicySettings($minContextRules: Int!, $expectedVersion: Int!) {
  savePolicySettings(
    minContextRules: $minContextRules
    expectedVersion: $expectedVersion
  )
}
    `) as unknown as TypedDocumentString<SavePolicySettingsMutation, SavePolicySettingsMutationVariables>;
export const RiskPolicyDocument = /*#__PURE__*/ new TypedDocumentString(`
    query RiskPolicy {
  riskPolicy {
    minContextRules
    version
  }
}
    `) as unknown as TypedDocumentString<RiskPolicyQuery, RiskPolicyQueryVariables>;
export const RiskCategoriesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query RiskCategories {
  riskCategories {
    version
    categories {
      code
      labelDa
      labelEn
      roles
      defaultRoles
      weight
      defaultWeight
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<RiskCategoriesQuery, RiskCategoriesQueryVariables>;
export const SaveCategorySettingsDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SaveCategorySettings($settings: String!, $expectedVersion: Int!) {
  saveCategorySettings(settings: $settings, expectedVersion: $expectedVersion)
}
    `) as unknown as TypedDocumentString<SaveCategorySettingsMutation, SaveCategorySettingsMutationVariables>;
export const RetentionPreviewDocument = /*#__PURE__*/ new TypedDocumentString(`
    query RetentionPreview {
  retentionPreview {
    casesDeletable
    casesKept
    indicatorsDeletable
    supportFlagsDeletable
    dismissedFlagsDeletable
    categories {
      category
      cutoff
      deletable
      kept
      oldest
      newest
    }
  }
}
    `) as unknown as TypedDocumentString<RetentionPreviewQuery, RetentionPreviewQueryVariables>;
export const RunRetentionDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RunRetention {
  runRetention {
    casesDeleted
    casesKept
    flagsDeleted
    indicatorsDeleted
    supportFlagsDeleted
    caseCutoff
    flagCutoff
    indicatorCutoff
    supportFlagCutoff
  }
}
    `) as unknown as TypedDocumentString<RunRetentionMutation, RunRetentionMutationVariables>;
export const RunScanDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RunScan($asOf: Date) {
  runScan(asOf: $asOf) {
    asOf
    live
    clusters
    flagged
    newVersions
    deactivated
    matchingExisting
    noLongerFound
    settingsHash
    elapsedMs
  }
}
    `) as unknown as TypedDocumentString<RunScanMutation, RunScanMutationVariables>;
export const ScanStatusDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ScanStatus {
  scanStatus {
    lastScanAt
    lastScanSummary
    lastAttemptAt
    lastOutcome
    nextDueAt
    running
    intervalHours
  }
}
    `) as unknown as TypedDocumentString<ScanStatusQuery, ScanStatusQueryVariables>;
export const AuditLogDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AuditLog($first: Int!, $beforeSeq: Int, $actor: String, $operation: String, $personId: String, $from: String, $to: String) {
  auditLog(
    first: $first
    beforeSeq: $beforeSeq
    actor: $actor
    operation: $operation
    personId: $personId
    from: $from
    to: $to
  ) {
    seq
    at
    actor
    actorKind
    actorName
    role
    operation
    personIds
    persons {
      id
      name
    }
    purpose
    requestId
    outcome
    detail
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const PersonAccessLogDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PersonAccessLog($personId: String!) {
  personAccessLog(personId: $personId) {
    at
    actor
    role
    operation
    purpose
    outcome
  }
}
    `) as unknown as TypedDocumentString<PersonAccessLogQuery, PersonAccessLogQueryVariables>;
export const VerifyAuditLogDocument = /*#__PURE__*/ new TypedDocumentString(`
    query VerifyAuditLog {
  verifyAuditLog {
    intact
    checked
    problem
    problemSeq
  }
}
    `) as unknown as TypedDocumentString<VerifyAuditLogQuery, VerifyAuditLogQueryVariables>;
export const UsersDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Users {
  users {
    username
    role
    districtCode
    municipalityCode
    disabled
    lockedUntil
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateUser($input: CreateUserInput!) {
  createUser(input: $input)
}
    `) as unknown as TypedDocumentString<CreateUserMutation, CreateUserMutationVariables>;
export const SharingBasesDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SharingBases($on: Date) {
  sharingBases(on: $on) {
    ...SharingBasisFields
  }
}
    fragment SharingBasisFields on SharingBasis {
  id
  legalBasis
  purpose
  fromSource
  toOrg
  validFrom
  validUntil
  createdBy
  createdByName
}`) as unknown as TypedDocumentString<SharingBasesQuery, SharingBasesQueryVariables>;
export const CreateSharingBasisDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation CreateSharingBasis($input: SharingBasisInput!) {
  createSharingBasis(input: $input) {
    ...SharingBasisFields
  }
}
    fragment SharingBasisFields on SharingBasis {
  id
  legalBasis
  purpose
  fromSource
  toOrg
  validFrom
  validUntil
  createdBy
  createdByName
}`) as unknown as TypedDocumentString<CreateSharingBasisMutation, CreateSharingBasisMutationVariables>;
export const AdminReferenceDocument = /*#__PURE__*/ new TypedDocumentString(`
    query AdminReference {
  policeDistricts {
    code
    name
  }
  municipalities {
    code
    name
    districtCode
  }
}
    `) as unknown as TypedDocumentString<AdminReferenceQuery, AdminReferenceQueryVariables>;
export const SharingBasesWithEndDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SharingBasesWithEnd($on: Date) {
  sharingBases(on: $on) {
    ...EndedSharingBasisFields
  }
}
    fragment EndedSharingBasisFields on SharingBasis {
  id
  legalBasis
  purpose
  fromSource
  toOrg
  validFrom
  validUntil
  createdBy
  createdByName
  endReason
  endedBy
  endedByName
}`) as unknown as TypedDocumentString<SharingBasesWithEndQuery, SharingBasesWithEndQueryVariables>;
export const EndSharingBasisDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation EndSharingBasis($id: String!, $reason: String!) {
  endSharingBasis(id: $id, reason: $reason) {
    ...EndedSharingBasisFields
  }
}
    fragment EndedSharingBasisFields on SharingBasis {
  id
  legalBasis
  purpose
  fromSource
  toOrg
  validFrom
  validUntil
  createdBy
  createdByName
  endReason
  endedBy
  endedByName
}`) as unknown as TypedDocumentString<EndSharingBasisMutation, EndSharingBasisMutationVariables>;
export const UserAccountsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query UserAccounts {
  users {
    username
    fullName
    title
    role
    districtCode
    municipalityCode
    disabled
    lockedUntil
    lastSignInAt
    version
  }
}
    `) as unknown as TypedDocumentString<UserAccountsQuery, UserAccountsQueryVariables>;
export const UpdateUserDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UpdateUser($input: UserChangeInput!) {
  updateUser(input: $input)
}
    `) as unknown as TypedDocumentString<UpdateUserMutation, UpdateUserMutationVariables>;
export const SetUserActiveDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SetUserActive($username: String!, $version: Int!, $active: Boolean!) {
  setUserActive(username: $username, version: $version, active: $active)
}
    `) as unknown as TypedDocumentString<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const UnlockUserDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation UnlockUser($username: String!, $version: Int!) {
  unlockUser(username: $username, version: $version)
}
    `) as unknown as TypedDocumentString<UnlockUserMutation, UnlockUserMutationVariables>;
export const ResetUserPasswordDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ResetUserPassword($username: String!, $version: Int!) {
  resetUserPassword(username: $username, version: $version) {
    username
    temporaryPassword
  }
}
    `) as unknown as TypedDocumentString<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const FamilyDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Family($personId: ID!, $depth: Int!, $asOf: Date) {
  family(personId: $personId, depth: $depth, asOf: $asOf) {
    rootId
    asOf
    depth
    persons {
      ...FamilyPersonFields
    }
    parentLinks {
      parentId
      childId
    }
    partnerships {
      personA
      personB
      kind
      from
      to
      status
    }
    households {
      addressId
      street
      postalCode
      city
      municipalityCode
      municipalityName
      memberIds
      residentCount
      parentElsewhere
      residents {
        personId
        since
      }
    }
  }
}
    fragment FamilyPersonFields on FamilyPerson {
  id
  name
  sex
  birthDate
  deathDate
  age
  born
  deceased
  searched
  kin
  relation
  history {
    addressChanges
    caseCounts {
      category
      subcategory
      labelDa
      labelEn
      role
      count
    }
  }
  flags {
    id
    status
  }
}`) as unknown as TypedDocumentString<FamilyQuery, FamilyQueryVariables>;
export const SearchDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Search($text: String!, $first: Int!, $after: String) {
  searchPersons(text: $text, first: $first, after: $after) {
    mode
    hasNextPage
    endCursor
    items {
      id
      name
      sex
      birthDate
      deathDate
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const PersonDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Person($id: ID!, $first: Int!) {
  person(id: $id) {
    id
    name
    sex
    birthDate
    deathDate
    residencesTruncated
    residences {
      addressId
      street
      postalCode
      city
      municipalityCode
      municipalityName
      from
      to
    }
    kinship {
      parents {
        id
        name
      }
      children {
        id
        name
      }
      partners {
        kind
        from
        to
        person {
          id
          name
        }
      }
    }
    provenance {
      at
      action
      recordType
      key
      batchId
      source
      actor
      file
      line
      reason
      fields {
        field
        old
        new
      }
    }
  }
  personCases(personId: $id, first: $first) {
    totalCount
    hasNextPage
    items {
      caseId
      journalNo
      category
      categoryLabelDa
      categoryLabelEn
      subcategory
      occurredAt
      role
      districtCode
      districtName
    }
  }
}
    `) as unknown as TypedDocumentString<PersonQuery, PersonQueryVariables>;
export const FamilyTimelineDocument = /*#__PURE__*/ new TypedDocumentString(`
    query FamilyTimeline($personId: ID!, $depth: Int!, $from: Date, $to: Date) {
  familyTimeline(personId: $personId, depth: $depth, from: $from, to: $to) {
    rootId
    from
    to
    truncated
    events {
      date
      kind
      personId
      otherPersonId
      caseId
      category
      subcategory
      categoryLabelDa
      categoryLabelEn
      role
      districtCode
      fromAddress {
        ...TimelineAddressFields
      }
      toAddress {
        ...TimelineAddressFields
      }
    }
  }
}
    fragment TimelineAddressFields on TimelineAddress {
  id
  street
  postalCode
  city
}`) as unknown as TypedDocumentString<FamilyTimelineQuery, FamilyTimelineQueryVariables>;
export const LetterMunicipalityDocument = /*#__PURE__*/ new TypedDocumentString(`
    query LetterMunicipality {
  municipalities {
    code
    name
  }
}
    `) as unknown as TypedDocumentString<LetterMunicipalityQuery, LetterMunicipalityQueryVariables>;
export const SupportFlagAnswerDocument = /*#__PURE__*/ new TypedDocumentString(`
    query SupportFlagAnswer($id: String!) {
  supportFlag(id: $id) {
    id
    familyAnswer
    familyAnswerDate
    familyAnswerNote
  }
}
    `) as unknown as TypedDocumentString<SupportFlagAnswerQuery, SupportFlagAnswerQueryVariables>;
export const RecordFamilyAnswerDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation RecordFamilyAnswer($input: FamilyAnswerInput!) {
  recordFamilyAnswer(input: $input)
}
    `) as unknown as TypedDocumentString<RecordFamilyAnswerMutation, RecordFamilyAnswerMutationVariables>;
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
    mutation RunMunicipalScan($asOf: Date, $maxChildAge: Int!) {
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
  updatedByName
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
  updatedByName
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
    savedByName
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
        districtName
        municipality
        municipalityName
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
  assigneeName
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    actorName
    kind
    fromStatus
    toStatus
    assignee
    assigneeName
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
    recordedByName
    recordedAt
  }
}`) as unknown as TypedDocumentString<FlagReviewQuery, FlagReviewQueryVariables>;
export const AssignableDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Assignable($id: String!) {
  assignableCoordinatorAccounts(flagId: $id) {
    username
    fullName
  }
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
  assigneeName
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    actorName
    kind
    fromStatus
    toStatus
    assignee
    assigneeName
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
    recordedByName
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
  assigneeName
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    actorName
    kind
    fromStatus
    toStatus
    assignee
    assigneeName
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
    recordedByName
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
  assigneeName
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    actorName
    kind
    fromStatus
    toStatus
    assignee
    assigneeName
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
    recordedByName
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
  assigneeName
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    actorName
    kind
    fromStatus
    toStatus
    assignee
    assigneeName
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
    recordedByName
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
  assigneeName
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    actorName
    kind
    fromStatus
    toStatus
    assignee
    assigneeName
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
    recordedByName
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
  assigneeName
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    actorName
    kind
    fromStatus
    toStatus
    assignee
    assigneeName
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
    recordedByName
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
  assigneeName
  allowedTransitions
  canReport
  canApprove
  canRequestApproval
  history {
    id
    at
    actor
    actorName
    kind
    fromStatus
    toStatus
    assignee
    assigneeName
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
    recordedByName
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