/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar day, written YYYY-MM-DD (ISO 8601), e.g. 2026-12-01 */
  Date: { input: string; output: string; }
  /** An instant, written in ISO 8601 with a time zone, e.g. 2026-12-01T09:30:00.000Z */
  DateTime: { input: string; output: string; }
  /** Any JSON value */
  JSON: { input: unknown; output: unknown; }
};

/** An API key as admins see it: never the key itself */
export type ApiKey = {
  /** when it was created */
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['String']['output'];
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** district:<code> or municipality:<code>; null for an old key that may run nothing */
  organisation: Maybe<Scalars['String']['output']>;
  /** the purpose its runs are audited under */
  purpose: Scalars['String']['output'];
  /** the saved queries it may run */
  queries: Array<Scalars['String']['output']>;
  rateLimitPerMinute: Scalars['Int']['output'];
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  revokedBy: Maybe<Scalars['String']['output']>;
  /** whether the key works today */
  status: ApiKeyStatus;
};

/** Whether an API key works today */
export type ApiKeyStatus =
  /** works until it expires */
  | 'active'
  /** past its expiry date */
  | 'expired'
  /** revoked by an admin */
  | 'revoked';

/** A report awaiting a second coordinator’s approval (no person data) */
export type ApprovalQueueItem = {
  /** how many children it is about */
  childCount: Scalars['Int']['output'];
  /** the flag’s id */
  flagId: Scalars['String']['output'];
  /** the municipality’s name */
  municipalityName: Scalars['String']['output'];
  reference: Scalars['String']['output'];
  reportId: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  /** who asked, by full name and title */
  requestedByName: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** One entry of the audit log: who did what, to whom, why, and how it ended */
export type AuditEvent = {
  /** who did it (username) */
  actor: Scalars['String']['output'];
  /** when it happened */
  at: Scalars['String']['output'];
  detail: Maybe<Scalars['String']['output']>;
  operation: Scalars['String']['output'];
  /** how it ended */
  outcome: Scalars['String']['output'];
  personIds: Array<Scalars['String']['output']>;
  /** the persons of personIds, in the same order, with their names */
  persons: Array<AuditPerson>;
  /** the purpose stated for it */
  purpose: Maybe<Scalars['String']['output']>;
  requestId: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
  seq: Scalars['Int']['output'];
};

/** A person an audit entry names */
export type AuditPerson = {
  /** the person’s id */
  id: Scalars['String']['output'];
  /** the person’s name; null when the person is gone (deleted by retention) */
  name: Maybe<Scalars['String']['output']>;
};

/** The result of checking the audit log’s hash chain from its first entry */
export type AuditVerification = {
  checked: Scalars['Int']['output'];
  intact: Scalars['Boolean']['output'];
  /** edited, missing, inserted, truncated, beyond-head, unkeyed, forged-checkpoint or checkpoint-mismatch */
  problem: Maybe<Scalars['String']['output']>;
  problemSeq: Maybe<Scalars['Int']['output']>;
};

/** A case category the police register uses, with its labels and whether it counts as risk */
export type CaseCategory = {
  code: Scalars['String']['output'];
  /** in Danish */
  labelDa: Scalars['String']['output'];
  /** in English */
  labelEn: Scalars['String']['output'];
  risk: Scalars['Boolean']['output'];
};

/** How many cases of one category a person had in one role */
export type CaseCount = {
  category: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  /** in Danish */
  labelDa: Scalars['String']['output'];
  /** in English */
  labelEn: Scalars['String']['output'];
  role: InvolvementRole;
  /** A code under the category (e.g. online, forsikring) when the record has one */
  subcategory: Maybe<Scalars['String']['output']>;
};

/** A case in full, given only on explicit request with a purpose, and audited */
export type CaseDetail = {
  /** the case’s id */
  caseId: Scalars['String']['output'];
  category: Scalars['String']['output'];
  categoryLabel: Scalars['String']['output'];
  /** the police district’s code (e.g. NJY) */
  districtCode: Scalars['String']['output'];
  involved: Array<CaseInvolvement>;
  /** the police journal number */
  journalNo: Scalars['String']['output'];
  keywords: Array<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  summary: Maybe<Scalars['String']['output']>;
};

/** A person involved in a case, with their role */
export type CaseInvolvement = {
  /** the day of birth */
  birthDate: Maybe<Scalars['Date']['output']>;
  name: Scalars['String']['output'];
  /** the person’s id */
  personId: Scalars['String']['output'];
  role: InvolvementRole;
};

/** How a flag member is related to one of the children */
export type ChildRelation = {
  childId: Scalars['String']['output'];
  /** how the member is related to this child */
  relation: ChildRelationKind;
};

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
  expiresAt: Scalars['String']['input'];
  /** who or what the key is for */
  name: Scalars['String']['input'];
  /** the organisation it is issued for: district:<code> (a police district, e.g. district:NJY) or municipality:<code> (e.g. municipality:851) */
  organisation: Scalars['String']['input'];
  /** a journal number or a configured reason: its runs are audited under it */
  purpose: Scalars['String']['input'];
  /** names of the saved queries it may run */
  queries: Array<Scalars['String']['input']>;
  /** requests a minute (default 60) */
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
};

/** A new user account */
export type CreateUserInput = {
  districtCode?: InputMaybe<Scalars['String']['input']>;
  /** full name, as reports and the audit view show it */
  fullName?: InputMaybe<Scalars['String']['input']>;
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  role: Scalars['String']['input'];
  /** job title, e.g. "Politikommissær" */
  title?: InputMaybe<Scalars['String']['input']>;
  username: Scalars['String']['input'];
};

/** A new API key: the secret, shown this once, and the key as stored */
export type CreatedApiKey = {
  apiKey: ApiKey;
  /** the key: shown this once, store it now (send it as the x-api-key header) */
  key: Scalars['String']['output'];
};

/** A police district’s contact block as printed on its reports */
export type DistrictContact = {
  /** false while the default block is used */
  configured: Scalars['Boolean']['output'];
  /** the police district’s code (e.g. NJY) */
  districtCode: Scalars['String']['output'];
  /** the police district’s name */
  districtName: Scalars['String']['output'];
  lines: Array<Scalars['String']['output']>;
};

/** The contact lines a police district puts on its reports */
export type DistrictContactInput = {
  districtCode: Scalars['String']['input'];
  /** the printed lines: unit, address, telephone, e-mail (1-8 lines) */
  lines: Array<Scalars['String']['input']>;
};

/** Review figures of one police district */
export type DistrictStatistics = {
  /** null: between 1 and 4 (suppressed) */
  dismissals: Maybe<Scalars['Int']['output']>;
  /** the police district’s code (e.g. NJY) */
  districtCode: Scalars['String']['output'];
  /** the police district’s name */
  districtName: Scalars['String']['output'];
  /** null: between 1 and 4 (suppressed) */
  flagsRaised: Maybe<Scalars['Int']['output']>;
  /** null: between 1 and 4 (suppressed) */
  reportsElsewhere: Maybe<Scalars['Int']['output']>;
  /** null: between 1 and 4 (suppressed) */
  reportsOwnDistrict: Maybe<Scalars['Int']['output']>;
  /** null: between 1 and 4 (suppressed); reports sent by coordinators of this district */
  reportsSent: Maybe<Scalars['Int']['output']>;
};

/** One record behind a signal, minimised: category, date, role and district — never the case summary */
export type Evidence = {
  /** co-resident: age */
  age: Maybe<Scalars['Int']['output']>;
  category: Maybe<Scalars['String']['output']>;
  categoryLabel: Maybe<Scalars['String']['output']>;
  /** case: its category's weight in the rule */
  categoryWeight: Maybe<Scalars['Float']['output']>;
  /** case: the current case (the newest in the window) */
  current: Maybe<Scalars['Boolean']['output']>;
  date: Scalars['String']['output'];
  detail: Maybe<Scalars['String']['output']>;
  district: Maybe<Scalars['String']['output']>;
  /** case: the police district’s name (district is its code) */
  districtName: Maybe<Scalars['String']['output']>;
  /** move: the address moved from, in words */
  fromAddress: Maybe<Scalars['String']['output']>;
  /** move: the address moved from */
  fromAddressId: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  /** what kind of record it is */
  kind: EvidenceKind;
  /** case: the configured keyword that brought it in */
  matchedKeyword: Maybe<Scalars['String']['output']>;
  municipality: Maybe<Scalars['String']['output']>;
  /** the municipality’s name (municipality is its code) */
  municipalityName: Maybe<Scalars['String']['output']>;
  /** co-resident: name */
  name: Maybe<Scalars['String']['output']>;
  /** co-resident: the person */
  personId: Maybe<Scalars['String']['output']>;
  /** co-resident: relation to the child */
  relation: Maybe<Scalars['String']['output']>;
  /** case: the person’s role in it */
  role: Maybe<InvolvementRole>;
  /** co-resident: living there since */
  since: Maybe<Scalars['String']['output']>;
  /** case: a finer category (e.g. online for bedrageri) */
  subcategory: Maybe<Scalars['String']['output']>;
  /** move: the address moved to */
  toAddress: Maybe<Scalars['String']['output']>;
  /** move: the address moved to */
  toAddressId: Maybe<Scalars['String']['output']>;
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
  /** a person */
  | 'PERSON'
  /** a residence period */
  | 'RESIDENCE';

/** Persons within `depth` kinship steps of a person, as on asOf */
export type Family = {
  asOf: Scalars['Date']['output'];
  depth: Scalars['Int']['output'];
  households: Array<Household>;
  parentLinks: Array<ParentLink>;
  partnerships: Array<Partnership>;
  persons: Array<FamilyPerson>;
  rootId: Scalars['String']['output'];
};

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
  date: Scalars['Date']['input'];
  id: Scalars['String']['input'];
  /** what the family said, or how it was asked (3-4000 characters) */
  note: Scalars['String']['input'];
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

/** A person of a family view, with age, relation to the searched person, history and flags on the date */
export type FamilyPerson = {
  /** Age on asOf (at death for the deceased); null when not yet born */
  age: Maybe<Scalars['Int']['output']>;
  /** the day of birth */
  birthDate: Scalars['Date']['output'];
  born: Scalars['Boolean']['output'];
  deathDate: Maybe<Scalars['Date']['output']>;
  /** Died on or before asOf */
  deceased: Scalars['Boolean']['output'];
  /** Flagged clusters the person is a member of */
  flags: Array<FlagRef>;
  history: PersonHistory;
  id: Scalars['ID']['output'];
  /** Reached by kinship; false: only lives at one of the family’s addresses on asOf */
  kin: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** Relation to the searched person on asOf: self, parent, child, partner, former-partner, future-partner, sibling, half-sibling, step-parent, child-of-partner, step-sibling, parent-former-partner, grandparent, grandchild, parent-sibling, sibling-child, partner-parent, relative, other-adult or other-child (the last two: not kin, living with the family) */
  relation: Scalars['String']['output'];
  /** The person the family was asked for */
  searched: Scalars['Boolean']['output'];
  sex: Scalars['String']['output'];
};

/** The dated events of a family in a period */
export type FamilyTimeline = {
  events: Array<FamilyTimelineEvent>;
  from: Scalars['String']['output'];
  rootId: Scalars['String']['output'];
  to: Scalars['String']['output'];
  /** More events exist in the range than were returned */
  truncated: Scalars['Boolean']['output'];
};

/** One dated event of a family: a birth, a death, a partnership event, a move or a case */
export type FamilyTimelineEvent = {
  /** The case (for a death: a case on the day of death) */
  caseId: Maybe<Scalars['String']['output']>;
  /** Case category (for a death: the cause where a case says so) */
  category: Maybe<Scalars['String']['output']>;
  /** the category in Danish */
  categoryLabelDa: Maybe<Scalars['String']['output']>;
  /** the category in English */
  categoryLabelEn: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
  /** the police district’s code (e.g. NJY) */
  districtCode: Maybe<Scalars['String']['output']>;
  /** A move: the address lived at before (none for the first) */
  fromAddress: Maybe<TimelineAddress>;
  /** what happened */
  kind: FamilyEventKind;
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Maybe<Scalars['String']['output']>;
  /** The partner, for partnership events */
  otherPersonId: Maybe<Scalars['String']['output']>;
  /** the person’s id */
  personId: Scalars['String']['output'];
  /** a case: the person’s role in it */
  role: Maybe<InvolvementRole>;
  subcategory: Maybe<Scalars['String']['output']>;
  /** A move: the new address */
  toAddress: Maybe<TimelineAddress>;
};

/** One field of a record: its value before and after (null: absent) */
export type FieldChange = {
  field: Scalars['String']['output'];
  /** the value after (JSON text for lists) */
  new: Maybe<Scalars['String']['output']>;
  /** the value before (JSON text for lists) */
  old: Maybe<Scalars['String']['output']>;
};

/** A flag: children at one address whose adults together met the rules on a date, with signals and evidence */
export type Flag = {
  /** false when the latest evaluation no longer finds it */
  active: Scalars['Boolean']['output'];
  /** where the children live */
  address: Maybe<FlagAddress>;
  asOf: Scalars['Date']['output'];
  /** the coordinator it is assigned to (username) */
  assignee: Maybe<Scalars['String']['output']>;
  /** districts that registered a case in the evidence (they may read it) */
  caseDistrictCodes: Array<Scalars['String']['output']>;
  /** changes since the user last looked, and since the version a report cites */
  changes: Array<FlagChanges>;
  /** how many children it is about */
  childCount: Scalars['Int']['output'];
  /** the children: first name and age (the inbox row) */
  children: Array<FlagChild>;
  /** when it was created */
  createdAt: Scalars['DateTime']['output'];
  dismissedAt: Maybe<Scalars['DateTime']['output']>;
  /** the police district’s code (e.g. NJY) */
  districtCode: Scalars['String']['output'];
  id: Scalars['String']['output'];
  /** raised or reopened since the user last saw the inbox */
  isNew: Scalars['Boolean']['output'];
  /** children first, then adults at the address, then parents living elsewhere */
  members: Array<FlagMember>;
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Scalars['String']['output'];
  /** the municipality’s name */
  municipalityName: Scalars['String']['output'];
  /** the district that owns the flag: where the children live */
  ownerDistrictName: Scalars['String']['output'];
  /** true when the user may read but not decide (a district that registered a case in the evidence) */
  readOnly: Scalars['Boolean']['output'];
  /** why the flag came back to the inbox (evidence-after-dismissal, evidence-after-report) */
  reopenReason: Maybe<Scalars['String']['output']>;
  reopenedAt: Maybe<Scalars['DateTime']['output']>;
  /** the version the current report cites */
  reportVersion: Maybe<Scalars['Int']['output']>;
  /** the rules that fired */
  ruleIds: Array<Scalars['String']['output']>;
  /** the sum of the weights of the signals */
  score: Scalars['Float']['output'];
  scoreExplanation: Scalars['String']['output'];
  signals: Array<Signal>;
  status: FlagStatus;
  /** when it last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** the current version (each change of evidence, members, score or address makes one) */
  version: Scalars['Int']['output'];
  /** every version, newest first */
  versions: Array<FlagVersionSummary>;
  /** the version shown (the current one unless an earlier one was asked for) */
  viewingVersion: Scalars['Int']['output'];
};

/** The address a flag is about */
export type FlagAddress = {
  /** the city */
  city: Scalars['String']['output'];
  id: Scalars['String']['output'];
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Scalars['String']['output'];
  /** the postal code */
  postalCode: Scalars['String']['output'];
  /** street and number */
  street: Scalars['String']['output'];
};

/** Who a flag is assigned to, with an optional note */
export type FlagAssignInput = {
  /** a coordinator of the flag’s district */
  assignee: Scalars['String']['input'];
  flagId: Scalars['String']['input'];
  note: Scalars['String']['input'];
};

/** What changed between two versions of a flag */
export type FlagChanges = {
  addressFrom: Maybe<Scalars['String']['output']>;
  addressTo: Maybe<Scalars['String']['output']>;
  evidenceAdded: Array<FlagEvidenceRef>;
  evidenceRemoved: Array<FlagEvidenceRef>;
  fromVersion: Scalars['Int']['output'];
  /** names */
  membersAdded: Array<Scalars['String']['output']>;
  /** names */
  membersRemoved: Array<Scalars['String']['output']>;
  scoreFrom: Scalars['Float']['output'];
  scoreTo: Scalars['Float']['output'];
  signalsAdded: Array<FlagSignalRef>;
  signalsRemoved: Array<FlagSignalRef>;
  /** last-seen (since the user last looked) or report (since the version the report cites) */
  since: Scalars['String']['output'];
  toVersion: Scalars['Int']['output'];
};

/** A child a flag is about (first name and age) */
export type FlagChild = {
  age: Scalars['Int']['output'];
  firstName: Scalars['String']['output'];
  /** the person’s id */
  personId: Scalars['String']['output'];
};

/** One entry of a flag’s history: who did what and when, and why */
export type FlagEvent = {
  /** username, or "system" for the scanner */
  actor: Scalars['String']['output'];
  /** the coordinator it is assigned to (username) */
  assignee: Maybe<Scalars['String']['output']>;
  /** when it happened */
  at: Scalars['DateTime']['output'];
  fromStatus: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  /** status, assign, report-saved, report-approved or outcome */
  kind: Scalars['String']['output'];
  note: Maybe<Scalars['String']['output']>;
  /** outcome events: what the municipality said */
  outcome: Maybe<ReportOutcomeKind>;
  toStatus: Maybe<Scalars['String']['output']>;
};

/** A record that came or went between two versions of a flag */
export type FlagEvidenceRef = {
  date: Scalars['String']['output'];
  id: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  /** a case category, or the move, in words */
  label: Maybe<Scalars['String']['output']>;
  personName: Maybe<Scalars['String']['output']>;
  ruleTitle: Scalars['String']['output'];
};

/** Which flags to list (every filter optional) */
export type FlagFilterInput = {
  /** only flags assigned to this username */
  assignee?: InputMaybe<Scalars['String']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  /** also flags that no longer qualify and were never handled */
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** mark flags raised or reopened after this instant as new (default: the user’s last visit of the inbox, FlagPage.newSince) */
  newSince?: InputMaybe<Scalars['String']['input']>;
  ruleId?: InputMaybe<Scalars['String']['input']>;
  /** own (default): the flags of children in your district; case-districts: other districts' flags whose evidence cites a case your district registered (read-only) */
  scope?: InputMaybe<Scalars['String']['input']>;
  /** only flags with this status */
  status?: InputMaybe<FlagStatus>;
};

/** A person of a flag: a child, an adult at the address or a parent elsewhere */
export type FlagMember = {
  /** age on the flag's evaluation date */
  age: Scalars['Int']['output'];
  /** the day of birth */
  birthDate: Scalars['Date']['output'];
  livesWithChildren: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  /** the person’s id */
  personId: Scalars['String']['output'];
  /** child, adult (lives with the children) or parent elsewhere */
  relation: MemberRelation;
  relations: Array<ChildRelation>;
  sex: Scalars['String']['output'];
};

/** One page of flags, with the total and the count per status */
export type FlagPage = {
  /** pass as `after` for the next page */
  endCursor: Maybe<Scalars['String']['output']>;
  /** the entries of this page */
  items: Array<FlagSummary>;
  /** what isNew was measured against (null: first visit, everything is new) */
  newSince: Maybe<Scalars['String']['output']>;
  statusCounts: Array<StatusCount>;
  /** how many there are in all */
  total: Scalars['Int']['output'];
};

/** A flag a person appears in (id and status) */
export type FlagRef = {
  id: Scalars['String']['output'];
  status: Maybe<FlagStatus>;
};

/** A flag’s triage: status, assignee, history, report and outcome */
export type FlagReview = {
  /** the statuses the flag may go to from here */
  allowedTransitions: Array<FlagStatus>;
  /** the coordinator it is assigned to (username) */
  assignee: Maybe<Scalars['String']['output']>;
  /** the signed-in user may approve or return the report now (it awaits approval; four eyes: not an author) */
  canApprove: Scalars['Boolean']['output'];
  /** an approved report exists in its current version, so the flag may become REPORTED */
  canReport: Scalars['Boolean']['output'];
  /** the signed-in user (an author) may ask a second coordinator to approve the report now */
  canRequestApproval: Scalars['Boolean']['output'];
  /** the flag’s id */
  flagId: Scalars['String']['output'];
  history: Array<FlagEvent>;
  /** how it ended */
  outcome: Maybe<ReportOutcome>;
  report: Maybe<SocialReport>;
  status: FlagStatus;
};

/** A signal that came or went between two versions of a flag */
export type FlagSignalRef = {
  personName: Maybe<Scalars['String']['output']>;
  /** the rule’s id */
  ruleId: Scalars['String']['output'];
  ruleTitle: Scalars['String']['output'];
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

/** A flag as the inbox lists it */
export type FlagSummary = {
  /** false when the latest evaluation no longer finds it */
  active: Scalars['Boolean']['output'];
  /** where the children live */
  address: Maybe<FlagAddress>;
  asOf: Scalars['Date']['output'];
  /** the coordinator it is assigned to (username) */
  assignee: Maybe<Scalars['String']['output']>;
  /** how many children it is about */
  childCount: Scalars['Int']['output'];
  /** the children: first name and age (the inbox row) */
  children: Array<FlagChild>;
  /** when it was created */
  createdAt: Scalars['DateTime']['output'];
  /** the police district’s code (e.g. NJY) */
  districtCode: Scalars['String']['output'];
  id: Scalars['String']['output'];
  /** raised or reopened since the user last saw the inbox */
  isNew: Scalars['Boolean']['output'];
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Scalars['String']['output'];
  /** the municipality’s name */
  municipalityName: Scalars['String']['output'];
  /** the district that owns the flag: where the children live */
  ownerDistrictName: Scalars['String']['output'];
  /** true when the user may read but not decide (a district that registered a case in the evidence) */
  readOnly: Scalars['Boolean']['output'];
  /** why the flag came back to the inbox (evidence-after-dismissal, evidence-after-report) */
  reopenReason: Maybe<Scalars['String']['output']>;
  /** the rules that fired */
  ruleIds: Array<Scalars['String']['output']>;
  /** the sum of the weights of the signals */
  score: Scalars['Float']['output'];
  status: FlagStatus;
  /** when it last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** the current version (each change of evidence, members, score or address makes one) */
  version: Scalars['Int']['output'];
};

/** A flag’s move to another status, with the note the move needs */
export type FlagTransitionInput = {
  /** when taking into review: who reviews it (default: you) */
  assignee?: InputMaybe<Scalars['String']['input']>;
  flagId: Scalars['String']['input'];
  /** why (required, kept in the history) */
  note: Scalars['String']['input'];
  /** the status to go to (not NEW) */
  status: FlagStatus;
};

/** One immutable version of a flag */
export type FlagVersionSummary = {
  /** the evaluation date that produced it */
  asOf: Scalars['Date']['output'];
  /** when it was created */
  createdAt: Scalars['DateTime']['output'];
  n: Scalars['Int']['output'];
  /** new, changed or moved */
  reason: Scalars['String']['output'];
  /** the rules that fired */
  ruleIds: Array<Scalars['String']['output']>;
  /** the sum of the weights of the signals */
  score: Scalars['Float']['output'];
  /** hash of the rule settings that produced it (files, parameters, weights, policy) */
  settingsHash: Maybe<Scalars['String']['output']>;
  /** the version of the stored rule settings */
  settingsVersion: Maybe<Scalars['Int']['output']>;
};

/** Everyone registered at one of the family’s addresses on asOf, kin or not */
export type Household = {
  /** the address’s id */
  addressId: Scalars['String']['output'];
  /** the city */
  city: Scalars['String']['output'];
  /** The residents’ ids (everyone registered there, at most the listed cap) */
  memberIds: Array<Scalars['String']['output']>;
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Maybe<Scalars['String']['output']>;
  /** the municipality’s name */
  municipalityName: Maybe<Scalars['String']['output']>;
  /** A parent of the searched person lives here without them: custody and visitation are unknown to the police */
  parentElsewhere: Scalars['Boolean']['output'];
  /** the postal code */
  postalCode: Scalars['String']['output'];
  /** How many persons are registered there in all (more than listed when capped) */
  residentCount: Scalars['Int']['output'];
  residents: Array<HouseholdResident>;
  /** street and number */
  street: Scalars['String']['output'];
};

/** A person registered at a household’s address, and since when */
export type HouseholdResident = {
  /** the person’s id */
  personId: Scalars['String']['output'];
  /** Registered at the address since (the current residence period) */
  since: Scalars['String']['output'];
};

/** A municipal indicator about a person (a dated record of one kind) */
export type Indicator = {
  date: Scalars['String']['output'];
  detail: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  /** what the indicator records */
  kind: IndicatorKind;
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Scalars['String']['output'];
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
  /** psychiatric treatment */
  | 'PSYCHIATRIC_TREATMENT'
  /** absence from school */
  | 'SCHOOL_ABSENCE'
  /** living on transfer income */
  | 'TRANSFER_INCOME';

/** A committed batch. A rejected batch is an INGEST_REJECTED error listing line, field and reason. */
export type IngestResult = {
  /** persons whose clusters were re-checked */
  affectedPersons: Scalars['Int']['output'];
  /** records inserted or corrected */
  applied: Scalars['Int']['output'];
  /** the batch id, as kept in the audit log and the persons’ provenance */
  batchId: Scalars['ID']['output'];
  byType: Array<RecordTypeCount>;
  records: Scalars['Int']['output'];
  /** records retracted */
  retracted: Scalars['Int']['output'];
  /** records skipped as stale (older sourceUpdatedAt than stored) */
  stale: Scalars['Int']['output'];
  staleRecords: Array<StaleRecord>;
  /** records equal to the stored ones (or already retracted) */
  unchanged: Scalars['Int']['output'];
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

/** A person’s parents, children and partners */
export type Kinship = {
  children: Array<Person>;
  parents: Array<Person>;
  partners: Array<PersonPartner>;
};

/** The signed-in user or API key */
export type Me = {
  /** the police district’s code (e.g. NJY) */
  districtCode: Maybe<Scalars['String']['output']>;
  /** the police district’s name (e.g. Nordjyllands Politi) */
  districtName: Maybe<Scalars['String']['output']>;
  /** the user’s full name, when set */
  fullName: Maybe<Scalars['String']['output']>;
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Maybe<Scalars['String']['output']>;
  /** the municipality’s name (e.g. Aalborg) */
  municipalityName: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
  /** the account’s username */
  username: Scalars['String']['output'];
};

/** A flag member’s place around the children */
export type MemberRelation =
  /** an adult who lives with the children */
  | 'ADULT'
  /** one of the children the flag is about */
  | 'CHILD'
  /** a parent of a child who lives elsewhere */
  | 'PARENT_ELSEWHERE';

/** Review figures of one month */
export type MonthStatistics = {
  /** null: between 1 and 4 (suppressed) */
  dismissals: Maybe<Scalars['Int']['output']>;
  /** null: between 1 and 4 (suppressed) */
  flagsRaised: Maybe<Scalars['Int']['output']>;
  /** YYYY-MM (Danish time) */
  month: Scalars['String']['output'];
  /** null: between 1 and 4 (suppressed); reports to municipalities elsewhere (the child lives in another district) */
  reportsElsewhere: Maybe<Scalars['Int']['output']>;
  /** null: between 1 and 4 (suppressed); reports to municipalities of the reporting district */
  reportsOwnDistrict: Maybe<Scalars['Int']['output']>;
  /** null: between 1 and 4 (suppressed) */
  reportsSent: Maybe<Scalars['Int']['output']>;
};

/** What one municipal scan found */
export type MunicipalScanReport = {
  asOf: Scalars['Date']['output'];
  clusters: Scalars['Int']['output'];
  flagged: Scalars['Int']['output'];
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Scalars['String']['output'];
};

/** What the municipality holds and decided about one person (data-subject request) */
export type MunicipalSubjectReport = {
  flags: Array<SupportFlagForSubject>;
  indicators: Array<Indicator>;
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Scalars['String']['output'];
  /** the person’s id */
  personId: Scalars['String']['output'];
};

/** A municipality, by code, with its police district */
export type Municipality = {
  code: Scalars['String']['output'];
  /** the police district’s code (e.g. NJY) */
  districtCode: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** Review figures of one municipality */
export type MunicipalityStatistics = {
  /** null: between 1 and 4 (suppressed) */
  dismissals: Maybe<Scalars['Int']['output']>;
  /** the police district’s code (e.g. NJY) */
  districtCode: Scalars['String']['output'];
  /** flags raised per 1,000 residents (null without residents, or when either count is suppressed) */
  flagsPer1000: Maybe<Scalars['Float']['output']>;
  /** null: between 1 and 4 (suppressed) */
  flagsRaised: Maybe<Scalars['Int']['output']>;
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Scalars['String']['output'];
  /** the municipality’s name */
  municipalityName: Scalars['String']['output'];
  /** null: between 1 and 4 (suppressed); persons living there on the population date */
  population: Maybe<Scalars['Int']['output']>;
  /** null: between 1 and 4 (suppressed); reports sent to this municipality */
  reportsReceived: Maybe<Scalars['Int']['output']>;
};

export type Mutation = {
  /** Four eyes: a second coordinator of the district approves the version awaiting approval (never its author; CONFLICT when it changed) */
  approveReport: FlagReview;
  /** Assigns or re-assigns a flag to a coordinator of its district (a NEW flag goes into review) */
  assignFlag: FlagReview;
  /** Moves a flag to another status (with a note); refused with INVALID_TRANSITION when it makes no sense */
  changeFlagStatus: FlagReview;
  /** Creates an API key for one organisation, scoped to saved queries that admit it; the key is in the answer once and never again */
  createApiKey: CreatedApiKey;
  createSharingBasis: SharingBasis;
  createUser: Scalars['Boolean']['output'];
  /** records a caseworker’s decision with a note; returns the new status */
  decideSupportFlag: SupportFlagStatus;
  /** Deletes a saved query and its versions (a shipped one comes back at the next start) */
  deleteSavedQuery: Scalars['Boolean']['output'];
  /** Ends a sharing basis early, with a reason: from today it no longer applies */
  endSharingBasis: SharingBasis;
  /** One batch in the JSON Lines ingest format, with corrections and retractions by key; all or nothing. Errors name line, field and reason. Every applied, stale or retracted record is audited with its old and new values. A municipal administrator loads indicators of their own municipality only. */
  ingest: IngestResult;
  /** Marks the inbox as seen now: flags after this are "new" on the next visit. Returns the time. */
  markInboxSeen: Scalars['String']['output'];
  /** The family’s answer to an offer of support (ACCEPTED, DECLINED or NO_ANSWER), with date and note; closes the offer */
  recordFamilyAnswer: Scalars['String']['output'];
  /** Records the municipality’s feedback on a reported flag */
  recordReportOutcome: FlagReview;
  /** Four eyes: an author asks a second coordinator of the district to approve the version they read */
  requestReportApproval: FlagReview;
  /** Sets a temporary password, returned once; the user’s sessions end */
  resetUserPassword: PasswordReset;
  /** Four eyes: the second coordinator returns the report to its author with a required comment */
  returnReport: FlagReview;
  /** Revokes an API key at once */
  revokeApiKey: ApiKey;
  /** Runs the municipality's rules over families with young children */
  runMunicipalScan: MunicipalScanReport;
  /** Runs the retention job now (it also runs at boot and daily) */
  runRetention: RetentionReport;
  /** A full scan of every police district. As of today (the default) it writes live flags; as of an earlier date it is a back-test that writes nothing. */
  runScan: ScanReport;
  /** Saves the roles and weights per risk category if nobody saved them since expectedVersion */
  saveCategorySettings: Scalars['Int']['output'];
  /** Saves the flag policy if nobody saved it since expectedVersion */
  savePolicySettings: Scalars['Int']['output'];
  /** Writes or updates the social report draft; any edit withdraws an approval */
  saveReportDraft: FlagReview;
  /** Saves one rule’s settings (parameters, weight, enabled) if nobody saved them since expectedVersion; returns the new version. An empty keyword list needs confirmEmptyKeywords. */
  saveRuleSettings: Scalars['Int']['output'];
  /** Saves a query: without expectedVersion it must be new; with it, the stored version must still be that one (the old text is kept) */
  saveSavedQuery: SavedQuery;
  /** Sets a district’s contact block (reports approved before keep theirs). Audited. */
  setDistrictContact: DistrictContact;
  /** Deactivates (sessions end at once) or reactivates a user */
  setUserActive: Scalars['Boolean']['output'];
  signIn: SignInResult;
  /** Ends every session of the signed-in user */
  signOut: Scalars['Boolean']['output'];
  /** Unlocks a user locked after failed sign-ins */
  unlockUser: Scalars['Boolean']['output'];
  /** Full name, title, role, district or municipality; a new role or scope ends the user’s sessions */
  updateUser: Scalars['Boolean']['output'];
};


export type MutationApproveReportArgs = {
  input: ReportApprovalInput;
};


export type MutationAssignFlagArgs = {
  input: FlagAssignInput;
};


export type MutationChangeFlagStatusArgs = {
  input: FlagTransitionInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateSharingBasisArgs = {
  input: SharingBasisInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDecideSupportFlagArgs = {
  decision: SupportDecisionKind;
  id: Scalars['String']['input'];
  note: Scalars['String']['input'];
};


export type MutationDeleteSavedQueryArgs = {
  name: Scalars['String']['input'];
};


export type MutationEndSharingBasisArgs = {
  id: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


export type MutationIngestArgs = {
  jsonl: Scalars['String']['input'];
};


export type MutationRecordFamilyAnswerArgs = {
  input: FamilyAnswerInput;
};


export type MutationRecordReportOutcomeArgs = {
  input: ReportOutcomeInput;
};


export type MutationRequestReportApprovalArgs = {
  input: ReportStepInput;
};


export type MutationResetUserPasswordArgs = {
  username: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReturnReportArgs = {
  input: ReportStepInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['String']['input'];
};


export type MutationRunMunicipalScanArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
  maxChildAge?: Scalars['Int']['input'];
};


export type MutationRunScanArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
};


export type MutationSaveCategorySettingsArgs = {
  expectedVersion: Scalars['Int']['input'];
  settings: Scalars['String']['input'];
};


export type MutationSavePolicySettingsArgs = {
  expectedVersion: Scalars['Int']['input'];
  minContextRules: Scalars['Int']['input'];
};


export type MutationSaveReportDraftArgs = {
  input: ReportDraftInput;
};


export type MutationSaveRuleSettingsArgs = {
  confirmEmptyKeywords?: Scalars['Boolean']['input'];
  expectedVersion: Scalars['Int']['input'];
  ruleId: Scalars['String']['input'];
  settings: Scalars['String']['input'];
};


export type MutationSaveSavedQueryArgs = {
  expectedVersion: InputMaybe<Scalars['Int']['input']>;
  source: Scalars['String']['input'];
};


export type MutationSetDistrictContactArgs = {
  input: DistrictContactInput;
};


export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  username: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSignInArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationUnlockUserArgs = {
  username: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUpdateUserArgs = {
  input: UserChangeInput;
};

/** A parent and a child */
export type ParentLink = {
  childId: Scalars['String']['output'];
  parentId: Scalars['String']['output'];
};

/** How two adults are partners */
export type PartnerKind =
  /** living together without marriage */
  | 'cohabiting'
  /** married or in a registered partnership */
  | 'married';

/** Two adults as partners, with the kind, period and status on the date */
export type Partnership = {
  from: Maybe<Scalars['String']['output']>;
  kind: PartnerKind;
  personA: Scalars['String']['output'];
  personB: Scalars['String']['output'];
  /** On asOf: current, separated (cohabiting ended), divorced (marriage ended), married (cohabiting that became a marriage) or future */
  status: Scalars['String']['output'];
  to: Maybe<Scalars['String']['output']>;
};

/** A temporary password, shown once: give it to the user, who changes it */
export type PasswordReset = {
  temporaryPassword: Scalars['String']['output'];
  /** the account’s username */
  username: Scalars['String']['output'];
};

/** A person as registered: name, sex, birth and death dates */
export type Person = {
  /** YYYY-MM-DD */
  birthDate: Scalars['Date']['output'];
  /** YYYY-MM-DD */
  deathDate: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** F, M or U */
  sex: Scalars['String']['output'];
};

/** A case a person is involved in, with the person's role */
export type PersonCase = {
  /** the case’s id */
  caseId: Scalars['String']['output'];
  category: Scalars['String']['output'];
  /** the category in Danish */
  categoryLabelDa: Scalars['String']['output'];
  /** the category in English */
  categoryLabelEn: Scalars['String']['output'];
  /** the police district’s code (e.g. NJY) */
  districtCode: Maybe<Scalars['String']['output']>;
  /** the police district’s name */
  districtName: Maybe<Scalars['String']['output']>;
  /** the police journal number */
  journalNo: Scalars['String']['output'];
  /** ISO date-time with offset */
  occurredAt: Scalars['DateTime']['output'];
  role: InvolvementRole;
  /** a free code under the category, e.g. online under bedrageri */
  subcategory: Maybe<Scalars['String']['output']>;
};

/** One page of a person’s cases */
export type PersonCasePage = {
  /** pass as `after` for the next page (null: no more) */
  endCursor: Maybe<Scalars['String']['output']>;
  /** true when more follow */
  hasNextPage: Scalars['Boolean']['output'];
  /** the entries of this page */
  items: Array<PersonCase>;
  /** how many there are in all */
  totalCount: Scalars['Int']['output'];
};

/** A person with residences and kinship (cases: personCases) */
export type PersonDetail = {
  /** YYYY-MM-DD */
  birthDate: Scalars['Date']['output'];
  /** YYYY-MM-DD */
  deathDate: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kinship: Kinship;
  name: Scalars['String']['output'];
  /** Where the facts about the person came from and when they changed, newest first, capped */
  provenance: Array<Provenance>;
  /** Newest first, capped */
  residences: Array<Residence>;
  /** More residence periods exist than were returned */
  residencesTruncated: Scalars['Boolean']['output'];
  /** F, M or U */
  sex: Scalars['String']['output'];
};

/** A person’s history up to the as-of date, in counts */
export type PersonHistory = {
  /** Residence periods begun on or before asOf, minus one (never below 0) */
  addressChanges: Scalars['Int']['output'];
  caseCounts: Array<CaseCount>;
};

/** One look-up of a person: for a data-subject access request */
export type PersonLookup = {
  /** who did it (username) */
  actor: Scalars['String']['output'];
  /** when it happened */
  at: Scalars['String']['output'];
  operation: Scalars['String']['output'];
  /** how it ended */
  outcome: Scalars['String']['output'];
  /** the purpose stated for it */
  purpose: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
};

/** A partner of a person, with the kind and period */
export type PersonPartner = {
  from: Maybe<Scalars['String']['output']>;
  kind: PartnerKind;
  person: Person;
  to: Maybe<Scalars['String']['output']>;
};

/** One page of person search hits */
export type PersonSearchPage = {
  /** Pass as `after` for the next page */
  endCursor: Maybe<Scalars['String']['output']>;
  /** true when more follow */
  hasNextPage: Scalars['Boolean']['output'];
  /** the entries of this page */
  items: Array<Person>;
  /** How the text was read: name, birthDate or id */
  mode: Scalars['String']['output'];
};

/** The dated cases and moves of one person in a period */
export type PersonTimeline = {
  events: Array<TimelineEvent>;
  from: Scalars['String']['output'];
  /** the person’s id */
  personId: Scalars['String']['output'];
  to: Scalars['String']['output'];
  /** More events exist in the range than were returned */
  truncated: Scalars['Boolean']['output'];
};

/** A police district, by code */
export type PoliceDistrict = {
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** What changed parameters would flag, written nowhere */
export type PreviewReport = {
  /** findings that are not a live flag today (named by the flag they would become) */
  added: Array<Scalars['String']['output']>;
  asOf: Scalars['Date']['output'];
  clusters: Scalars['Int']['output'];
  currentlyFlagged: Scalars['Int']['output'];
  /** current flag ids the changed rules would drop */
  removed: Array<Scalars['String']['output']>;
  wouldFlag: Scalars['Int']['output'];
};

/** Where a fact about a person came from: one ingested record (applied, stale or retracted) and its batch */
export type Provenance = {
  /** inserted, updated, stale or retracted */
  action: Scalars['String']['output'];
  /** the user id, or cli:<operator> */
  actor: Scalars['String']['output'];
  /** when the batch was committed (ISO date-time) */
  at: Scalars['String']['output'];
  batchId: Scalars['ID']['output'];
  /** inserted: the new values; updated: the changed fields; retracted: the old values */
  fields: Array<FieldChange>;
  /** the file of a CLI ingest */
  file: Maybe<Scalars['String']['output']>;
  /** the record key, e.g. person "p1" */
  key: Scalars['String']['output'];
  /** the line in the batch or file */
  line: Scalars['Int']['output'];
  /** why a record was retracted */
  reason: Maybe<Scalars['String']['output']>;
  /** person, residence, parent, partner, involvement or case */
  recordType: Scalars['String']['output'];
  /** graphql (the ingest mutation) or cli (npm run ingest) */
  source: Scalars['String']['output'];
};

export type Query = {
  /** Every API key, newest first */
  apiKeys: Array<ApiKey>;
  /** Reports of your district awaiting your approval (written by another coordinator); empty for other roles */
  approvalQueue: Array<ApprovalQueueItem>;
  /** Coordinators of the flag’s district (for assignment) */
  assignableCoordinators: Array<Scalars['String']['output']>;
  /** Newest first; page with `beforeSeq` */
  auditLog: Array<AuditEvent>;
  caseCategories: Array<CaseCategory>;
  /** EXPLAINs a query (header and Cypher) and says whether it can be saved, and why not */
  checkSavedQuery: SavedQueryCheck;
  /** A police district’s contact block as printed on its reports */
  districtContact: DistrictContact;
  /** A family as on asOf: genogram, households and histories. Audited. */
  family: Family;
  /** A family's births, deaths, partnerships, moves and cases in date order (the family of `family`). Audited. */
  familyTimeline: FamilyTimeline;
  /** A flag as of its current version (or an earlier one), with what changed since you last looked. Audited. */
  flag: Flag;
  /** The full detail of a case behind a flag (journal number, summary, keywords, everyone involved). Audited. */
  flagCaseDetail: CaseDetail;
  /** A flag’s triage state: status, assignee, history, report and outcome. Audited. */
  flagReview: FlagReview;
  flags: FlagPage;
  me: Me;
  /** Data-subject request: which indicators and rules concerned a person, and what was decided */
  municipalSubjectReport: MunicipalSubjectReport;
  municipalities: Array<Municipality>;
  /** A person with residences and kinship. Audited. */
  person: PersonDetail;
  /** Data-subject access: every look-up of one person, with dates and purposes */
  personAccessLog: Array<PersonLookup>;
  /** A person's cases with roles, newest first, a page at a time. Audited. */
  personCases: PersonCasePage;
  /** The municipality's own indicators about a person */
  personIndicators: Array<Indicator>;
  /** A person's cases and moves in date order. Audited. */
  personTimeline: PersonTimeline;
  policeDistricts: Array<PoliceDistrict>;
  /** Back-test: what changed parameters would flag, writing nothing */
  previewRules: PreviewReport;
  /** The configured reasons a read of person data may state (OPSPOR_PURPOSE_REASONS); a journal number is always accepted too */
  purposeReasons: Array<Scalars['String']['output']>;
  /** What a report on these children would say (nothing is saved). Audited. */
  reportPreview: ReportPreview;
  /** Preview of a retention run now: what it would delete and what cited records it keeps */
  retentionPreview: RetentionPreview;
  /** Flags raised, reports sent, dismissals, rule relevance and flag rates. Aggregates only, no person data. */
  reviewStatistics: ReviewStatistics;
  /** Per risk category: the roles that count and the weight, with defaults and reasons */
  riskCategories: RiskCategorySettings;
  /** The flag policy in force: how many different context rules flag a cluster */
  riskPolicy: RiskPolicy;
  /** The rules in force: their files, parameters (with reasons) and weights */
  riskRules: Array<RiskRule>;
  /** Runs a saved query in a read transaction with a timeout, a row cap and a size cap, one page at a time (after: nextCursor). Users state a purpose (x-opspor-purpose); an API key uses its own and reads only for its organisation. Audited with the parameters and every person the rows name. */
  runSavedQuery: SavedQueryResult;
  /** Saved queries by name (an API key sees those it may run); search matches name, title and description */
  savedQueries: Array<SavedQuery>;
  savedQuery: SavedQuery;
  /** Earlier versions of a saved query, newest first */
  savedQueryVersions: Array<SavedQueryVersion>;
  /** The weekly screening: last completed scan and when the next is due */
  scanStatus: ScanStatus;
  /** Find persons by name, birth date or id. Audited. */
  searchPersons: PersonSearchPage;
  /** A police flag's members' municipal indicators: empty unless a sharing basis is in force */
  sharedIndicators: SharedIndicators;
  sharingBases: Array<SharingBasis>;
  /** The extract for a person chosen in the picker: name and birth date, every look-up and purpose, flags and reports */
  subjectExtract: SubjectExtract;
  /** The person picker: by name, birth date (YYYY-MM-DD or DD.MM.YYYY) or id; "no person matches" when nothing does */
  subjectSearch: SubjectSearch;
  supportFlag: SupportFlag;
  /** The municipality's own inbox of offers of support */
  supportFlags: SupportFlagPage;
  users: Array<User>;
  verifyAuditLog: AuditVerification;
};


export type QueryAssignableCoordinatorsArgs = {
  flagId: Scalars['String']['input'];
};


export type QueryAuditLogArgs = {
  actor: InputMaybe<Scalars['String']['input']>;
  beforeSeq: InputMaybe<Scalars['Int']['input']>;
  first?: Scalars['Int']['input'];
  from: InputMaybe<Scalars['String']['input']>;
  operation: InputMaybe<Scalars['String']['input']>;
  personId: InputMaybe<Scalars['String']['input']>;
  to: InputMaybe<Scalars['String']['input']>;
};


export type QueryCheckSavedQueryArgs = {
  source: Scalars['String']['input'];
};


export type QueryDistrictContactArgs = {
  districtCode: InputMaybe<Scalars['String']['input']>;
};


export type QueryFamilyArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
  depth?: Scalars['Int']['input'];
  personId: Scalars['ID']['input'];
};


export type QueryFamilyTimelineArgs = {
  depth?: Scalars['Int']['input'];
  from: InputMaybe<Scalars['Date']['input']>;
  personId: Scalars['ID']['input'];
  to: InputMaybe<Scalars['Date']['input']>;
};


export type QueryFlagArgs = {
  id: Scalars['String']['input'];
  lang: InputMaybe<Scalars['String']['input']>;
  version: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFlagCaseDetailArgs = {
  caseId: Scalars['String']['input'];
  flagId: Scalars['String']['input'];
};


export type QueryFlagReviewArgs = {
  flagId: Scalars['String']['input'];
};


export type QueryFlagsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<FlagFilterInput>;
  first?: Scalars['Int']['input'];
};


export type QueryMunicipalSubjectReportArgs = {
  personId: Scalars['String']['input'];
};


export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPersonAccessLogArgs = {
  personId: Scalars['String']['input'];
};


export type QueryPersonCasesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  personId: Scalars['ID']['input'];
};


export type QueryPersonIndicatorsArgs = {
  personId: Scalars['String']['input'];
};


export type QueryPersonTimelineArgs = {
  from: InputMaybe<Scalars['Date']['input']>;
  personId: Scalars['ID']['input'];
  to: InputMaybe<Scalars['Date']['input']>;
};


export type QueryPreviewRulesArgs = {
  asOf: InputMaybe<Scalars['Date']['input']>;
  parameters: Scalars['String']['input'];
};


export type QueryReportPreviewArgs = {
  childIds: InputMaybe<Array<Scalars['String']['input']>>;
  flagId: Scalars['String']['input'];
};


export type QueryReviewStatisticsArgs = {
  districtCode: InputMaybe<Scalars['String']['input']>;
  fromMonth: Scalars['String']['input'];
  populationDate: InputMaybe<Scalars['String']['input']>;
  toMonth: Scalars['String']['input'];
};


export type QueryRunSavedQueryArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  limit?: Scalars['Int']['input'];
  name: Scalars['String']['input'];
  params: InputMaybe<Scalars['JSON']['input']>;
};


export type QuerySavedQueriesArgs = {
  search: InputMaybe<Scalars['String']['input']>;
};


export type QuerySavedQueryArgs = {
  name: Scalars['String']['input'];
};


export type QuerySavedQueryVersionsArgs = {
  first?: Scalars['Int']['input'];
  name: Scalars['String']['input'];
};


export type QuerySearchPersonsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  text: Scalars['String']['input'];
};


export type QuerySharedIndicatorsArgs = {
  flagId: Scalars['String']['input'];
};


export type QuerySharingBasesArgs = {
  on: InputMaybe<Scalars['Date']['input']>;
};


export type QuerySubjectExtractArgs = {
  personId: Scalars['String']['input'];
};


export type QuerySubjectSearchArgs = {
  query: Scalars['String']['input'];
};


export type QuerySupportFlagArgs = {
  id: Scalars['String']['input'];
};


export type QuerySupportFlagsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status: InputMaybe<SupportFlagStatus>;
};

/** How many records of one type an ingest applied */
export type RecordTypeCount = {
  count: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};

/** A request for, or a decision on, a report’s approval */
export type ReportApprovalInput = {
  /** when the children moved since the draft: the new recipient municipality, confirmed by the approver */
  confirmMunicipalityCode?: InputMaybe<Scalars['String']['input']>;
  flagId: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** the version the approver read */
  version: Scalars['Int']['input'];
};

/** A child a report concerns: name, birth date and age on the issue date, nothing else */
export type ReportChild = {
  /** whole years on the report’s issue date */
  age: Scalars['Int']['output'];
  /** the day of birth */
  birthDate: Scalars['Date']['output'];
  name: Scalars['String']['output'];
};

/** The text of a social report draft */
export type ReportDraftInput = {
  /** the child’s situation in the coordinator’s words (the professional assessment): the child, not the adults’ history */
  assessment: Scalars['String']['input'];
  /** the children the report concerns (default: all children of the flag) */
  childIds?: InputMaybe<Array<Scalars['String']['input']>>;
  flagId: Scalars['String']['input'];
  /** the child’s daycare or school, or "ukendt" (required to save) */
  institution?: InputMaybe<Scalars['String']['input']>;
  /** what the police observed about the child (required to save) */
  observed?: InputMaybe<Scalars['String']['input']>;
};

/** The municipality’s feedback on a report that was sent */
export type ReportOutcome = {
  note: Maybe<Scalars['String']['output']>;
  /** what the municipality said */
  outcome: ReportOutcomeKind;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
};

/** What the municipality answered to a report */
export type ReportOutcomeInput = {
  flagId: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
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

/** What a report on these children would say, before an assessment is written */
export type ReportPreview = {
  children: Array<ReportChild>;
  concern: Array<Scalars['String']['output']>;
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Scalars['String']['output'];
  /** the municipality’s name */
  municipalityName: Scalars['String']['output'];
};

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
  comment?: InputMaybe<Scalars['String']['input']>;
  flagId: Scalars['String']['input'];
  /** the version read */
  version: Scalars['Int']['input'];
};

/** A residence period: from <= d < to is current on d; to null = still living there */
export type Residence = {
  /** the address’s id */
  addressId: Scalars['String']['output'];
  /** the city */
  city: Scalars['String']['output'];
  from: Scalars['String']['output'];
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Maybe<Scalars['String']['output']>;
  /** the municipality’s name */
  municipalityName: Maybe<Scalars['String']['output']>;
  /** the postal code */
  postalCode: Scalars['String']['output'];
  /** street and number */
  street: Scalars['String']['output'];
  to: Maybe<Scalars['String']['output']>;
};

/** A relationship in a saved query’s result graph */
export type ResultEdge = {
  id: Scalars['String']['output'];
  properties: Scalars['JSON']['output'];
  source: Scalars['String']['output'];
  target: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

/** The nodes and relationships in the rows, ready to draw */
export type ResultGraph = {
  edges: Array<ResultEdge>;
  nodes: Array<ResultNode>;
  /** more nodes than can be drawn: only the first are here */
  truncated: Scalars['Boolean']['output'];
};

/** A node in a saved query’s result graph */
export type ResultNode = {
  /** name, else id, else the first label */
  caption: Scalars['String']['output'];
  /** Neo4j's element id */
  id: Scalars['String']['output'];
  labels: Array<Scalars['String']['output']>;
  /** the id of a Person node */
  personId: Maybe<Scalars['String']['output']>;
  properties: Scalars['JSON']['output'];
};

/** What retention would delete of one case category */
export type RetentionCategoryPreview = {
  category: Scalars['String']['output'];
  /** cases of this category occurred before this date are past their period */
  cutoff: Scalars['String']['output'];
  deletable: Scalars['Int']['output'];
  /** past the period but cited: kept */
  kept: Scalars['Int']['output'];
  newest: Maybe<Scalars['String']['output']>;
  oldest: Maybe<Scalars['String']['output']>;
};

/** What a retention run now would delete, written nowhere */
export type RetentionPreview = {
  casesDeletable: Scalars['Int']['output'];
  casesKept: Scalars['Int']['output'];
  categories: Array<RetentionCategoryPreview>;
  dismissedFlagsDeletable: Scalars['Int']['output'];
  indicatorsDeletable: Scalars['Int']['output'];
  supportFlagsDeletable: Scalars['Int']['output'];
};

/** What one retention run deleted and kept, and the cut-off dates it used */
export type RetentionReport = {
  caseCutoff: Scalars['String']['output'];
  casesDeleted: Scalars['Int']['output'];
  /** cases older than their period but cited by a flag, flag version or approved report: kept */
  casesKept: Scalars['Int']['output'];
  flagCutoff: Scalars['String']['output'];
  flagsDeleted: Scalars['Int']['output'];
  indicatorCutoff: Scalars['String']['output'];
  indicatorsDeleted: Scalars['Int']['output'];
  supportFlagCutoff: Scalars['String']['output'];
  supportFlagsDeleted: Scalars['Int']['output'];
};

/** Aggregates of the coordinators’ work: counts only, never persons */
export type ReviewStatistics = {
  /** the district the figures are limited to (null: all) */
  districtCode: Maybe<Scalars['String']['output']>;
  districts: Array<DistrictStatistics>;
  fromMonth: Scalars['String']['output'];
  months: Array<MonthStatistics>;
  municipalities: Array<MunicipalityStatistics>;
  /** the date the population is counted on */
  populationDate: Scalars['Date']['output'];
  rules: Array<RuleRelevance>;
  /** counts from 1 up to one below this are null (suppressed): show them as "<N" */
  suppressedBelow: Scalars['Int']['output'];
  toMonth: Scalars['String']['output'];
};

/** How one risk category counts: the roles that are the person’s own behaviour, and its weight */
export type RiskCategoryRule = {
  code: Scalars['String']['output'];
  defaultRoles: Array<Scalars['String']['output']>;
  defaultWeight: Scalars['Float']['output'];
  /** in Danish */
  labelDa: Scalars['String']['output'];
  /** in English */
  labelEn: Scalars['String']['output'];
  /** why the default is what it is (from the sources), in the language of the request */
  reason: Scalars['String']['output'];
  reasonDa: Scalars['String']['output'];
  reasonEn: Scalars['String']['output'];
  roles: Array<Scalars['String']['output']>;
  weight: Scalars['Float']['output'];
};

/** How every risk category counts, with the version of these settings */
export type RiskCategorySettings = {
  categories: Array<RiskCategoryRule>;
  /** version of the saved category settings (0: never saved); send it back when saving */
  version: Scalars['Int']['output'];
};

/** The policy a flag needs beyond its trigger, with its version */
export type RiskPolicy = {
  /** a cluster without a trigger is flagged when at least this many different context rules fire */
  minContextRules: Scalars['Int']['output'];
  /** version of the saved policy (0: never saved); send it back when saving */
  version: Scalars['Int']['output'];
};

/** A risk rule as it runs: what it finds, its weight and parameters, and its Cypher */
export type RiskRule = {
  /** the rule file, as users may read it */
  cypher: Scalars['String']['output'];
  /** what the rule finds, in the language of the request */
  description: Scalars['String']['output'];
  descriptionDa: Scalars['String']['output'];
  descriptionEn: Scalars['String']['output'];
  enabled: Scalars['Boolean']['output'];
  id: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  parameters: Array<RuleParameter>;
  /** version of this rule’s saved settings (0: never saved); send it back when saving */
  settingsVersion: Scalars['Int']['output'];
  source: Scalars['String']['output'];
  /** the title in the language of the request (Accept-Language: da or en; Danish by default) */
  title: Scalars['String']['output'];
  titleDa: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

/** A parameter of a risk rule: type, default, value in force, bounds and why */
export type RuleParameter = {
  /** JSON */
  defaultValue: Scalars['String']['output'];
  max: Maybe<Scalars['Float']['output']>;
  min: Maybe<Scalars['Float']['output']>;
  name: Scalars['String']['output'];
  /** why the default is what it is, in the language of the request (Accept-Language) */
  reason: Scalars['String']['output'];
  /** the reason in Danish (the admin editor shows both) */
  reasonDa: Scalars['String']['output'];
  /** the reason in English */
  reasonEn: Scalars['String']['output'];
  type: Scalars['String']['output'];
  /** JSON: the value in force */
  value: Scalars['String']['output'];
};

/** How often a rule took part in flags that were reported or dismissed */
export type RuleRelevance = {
  /** null: between 1 and 4 (suppressed) */
  alreadyKnown: Maybe<Scalars['Int']['output']>;
  /** null: between 1 and 4 (suppressed); of those, with the municipality’s feedback */
  judged: Maybe<Scalars['Int']['output']>;
  /** null: between 1 and 4 (suppressed) */
  notRelevant: Maybe<Scalars['Int']['output']>;
  /** null: between 1 and 4 (suppressed) */
  relevant: Maybe<Scalars['Int']['output']>;
  /** relevant / judged (null when none judged, or when either count is suppressed) */
  relevantShare: Maybe<Scalars['Float']['output']>;
  /** null: between 1 and 4 (suppressed); reports sent on flags where this rule fired */
  reports: Maybe<Scalars['Int']['output']>;
  /** the rule’s id */
  ruleId: Scalars['String']['output'];
  titleDa: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
};

/** A named, parameterised, read-only Cypher query */
export type SavedQuery = {
  /** when it was created */
  createdAt: Scalars['DateTime']['output'];
  /** what it finds, in the language of the request */
  description: Scalars['String']['output'];
  descriptionDa: Scalars['String']['output'];
  descriptionEn: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** shipped (cypher/queries/) or admin */
  origin: Scalars['String']['output'];
  owner: Scalars['String']['output'];
  parameters: Array<SavedQueryParameter>;
  /** who may run it (header line "// scopes:"): national (police users), police-district and municipality (API keys of one) */
  scopes: Array<Scalars['String']['output']>;
  /** the query as written: the metadata header and the Cypher */
  source: Scalars['String']['output'];
  /** its own timeout, if it sets one (the server caps it) */
  timeoutMs: Maybe<Scalars['Int']['output']>;
  /** the title in the language of the request (Accept-Language: da or en; Danish by default) */
  title: Scalars['String']['output'];
  titleDa: Scalars['String']['output'];
  titleEn: Scalars['String']['output'];
  /** when it last changed */
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** The server's verdict on a query before it is saved */
export type SavedQueryCheck = {
  /** Neo4j could plan it (EXPLAIN) */
  compiles: Scalars['Boolean']['output'];
  name: Maybe<Scalars['String']['output']>;
  /** it can be saved */
  ok: Scalars['Boolean']['output'];
  parameters: Array<SavedQueryParameter>;
  /** EXPLAIN's query type: r, rw, w or s */
  queryType: Maybe<Scalars['String']['output']>;
  /** EXPLAIN shows a read with allowed operators and procedures only */
  readOnly: Scalars['Boolean']['output'];
  /** why it cannot be saved */
  reasons: Array<Scalars['String']['output']>;
  timeoutMs: Maybe<Scalars['Int']['output']>;
  /** the title in the language of the request */
  title: Maybe<Scalars['String']['output']>;
  warnings: Array<Scalars['String']['output']>;
};

/** A parameter of a saved query */
export type SavedQueryParameter = {
  /** used when the caller gives none (absent when required) */
  defaultValue: Maybe<Scalars['JSON']['output']>;
  /** what to give, in the language of the request (Accept-Language: da or en; Danish by default) */
  description: Scalars['String']['output'];
  descriptionDa: Scalars['String']['output'];
  descriptionEn: Scalars['String']['output'];
  max: Maybe<Scalars['JSON']['output']>;
  /** a number, or a date YYYY-MM-DD; for lists it bounds each item */
  min: Maybe<Scalars['JSON']['output']>;
  name: Scalars['String']['output'];
  /** true when the caller must give a value */
  required: Scalars['Boolean']['output'];
  /** string, integer, float, boolean, date, personId, or a list of one of these (string[] …) */
  type: Scalars['String']['output'];
};

/** The answer of one saved-query run: table, optional graph and limits */
export type SavedQueryResult = {
  columns: Array<Scalars['String']['output']>;
  /** the rows as CSV (RFC 4180, header line first): plain values, a node or map column as one column per property */
  csv: Scalars['String']['output'];
  elapsedMs: Scalars['Int']['output'];
  /** null when no row holds a node */
  graph: Maybe<ResultGraph>;
  /** the most a result may hold (an estimate of its JSON size in bytes) */
  maxBytes: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  /** give it as after to get the next page; null on the last page */
  nextCursor: Maybe<Scalars['String']['output']>;
  /** how many rows came before this page */
  offset: Scalars['Int']['output'];
  /** the parameters it ran with, defaults filled in */
  params: Scalars['JSON']['output'];
  rowCap: Scalars['Int']['output'];
  rowCount: Scalars['Int']['output'];
  /** each row an array of JSON values in column order */
  rows: Array<Scalars['JSON']['output']>;
  /** there were more rows than this page holds (see truncatedBy and nextCursor) */
  truncated: Scalars['Boolean']['output'];
  /** why the page stops early: rows (the row cap; page on with nextCursor) or bytes (the size cap per result) */
  truncatedBy: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

/** An earlier version of a saved query, kept at each save */
export type SavedQueryVersion = {
  /** its description then, in the language of the request */
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  savedAt: Scalars['DateTime']['output'];
  savedBy: Scalars['String']['output'];
  source: Scalars['String']['output'];
  /** its title then, in the language of the request */
  title: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** What a scan found. Only a scan as of today writes live flags; an earlier date is a back-test. */
export type ScanReport = {
  asOf: Scalars['Date']['output'];
  clusters: Scalars['Int']['output'];
  deactivated: Scalars['Int']['output'];
  elapsedMs: Scalars['Int']['output'];
  flagged: Scalars['Int']['output'];
  /** true: live flags were written; false: a back-test that changed nothing */
  live: Scalars['Boolean']['output'];
  /** back-test: findings that would continue an existing flag */
  matchingExisting: Scalars['Int']['output'];
  /** flags that got a new version (something changed) */
  newVersions: Scalars['Int']['output'];
  /** back-test: live flags of the scanned districts that this date would not find */
  noLongerFound: Scalars['Int']['output'];
  /** the hash of the rule settings used */
  settingsHash: Scalars['String']['output'];
};

/** The weekly screening: when it last completed and when it is due */
export type ScanStatus = {
  intervalHours: Scalars['Int']['output'];
  lastAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** ran, not-due, failed */
  lastOutcome: Maybe<Scalars['String']['output']>;
  /** start of the last completed scan */
  lastScanAt: Maybe<Scalars['DateTime']['output']>;
  lastScanSummary: Maybe<Scalars['String']['output']>;
  /** null when the schedule is off */
  nextDueAt: Maybe<Scalars['DateTime']['output']>;
  running: Scalars['Boolean']['output'];
};

/** Police cases of a member, as counts by category — shown only under a sharing basis */
export type SharedCaseCount = {
  cases: Scalars['Int']['output'];
  category: Scalars['String']['output'];
  /** the person’s id */
  personId: Scalars['String']['output'];
};

/** A municipal indicator shown to the police under a sharing basis */
export type SharedIndicator = {
  date: Scalars['String']['output'];
  /** what the indicator records */
  kind: IndicatorKind;
  /** the person’s id */
  personId: Scalars['String']['output'];
};

/** Municipal indicators shown in a police view under a sharing basis */
export type SharedIndicators = {
  indicators: Array<SharedIndicator>;
  sharingBases: Array<SharingBasis>;
};

/** A named legal basis under which one source shares data with another organisation, for a purpose, until a date */
export type SharingBasis = {
  createdBy: Scalars['String']['output'];
  /** why it was ended early (set when it was) */
  endReason: Maybe<Scalars['String']['output']>;
  endedBy: Maybe<Scalars['String']['output']>;
  /** 'police' or 'municipality:<code>' */
  fromSource: Scalars['String']['output'];
  id: Scalars['String']['output'];
  legalBasis: Scalars['String']['output'];
  /** the purpose stated for it */
  purpose: Scalars['String']['output'];
  /** 'police', 'district:<code>' or 'municipality:<code>' */
  toOrg: Scalars['String']['output'];
  validFrom: Scalars['String']['output'];
  /** first day it no longer applies */
  validUntil: Scalars['String']['output'];
};

/** A new legal basis for sharing data between police and a municipality */
export type SharingBasisInput = {
  fromSource: Scalars['String']['input'];
  legalBasis: Scalars['String']['input'];
  /** the purpose stated for it */
  purpose: Scalars['String']['input'];
  toOrg: Scalars['String']['input'];
  validFrom: Scalars['String']['input'];
  validUntil: Scalars['String']['input'];
};

/** A session begun: who is signed in and until when */
export type SignInResult = {
  expiresAt: Scalars['DateTime']['output'];
  /** Bearer token for API use; the browser also gets it as an HttpOnly cookie */
  token: Scalars['String']['output'];
  user: Me;
};

/** One rule that fired, for whom, by how much, and on what evidence */
export type Signal = {
  /** the address’s id */
  addressId: Maybe<Scalars['String']['output']>;
  /** the current case: the newest in the window */
  currentCaseId: Maybe<Scalars['String']['output']>;
  evidence: Array<Evidence>;
  /** plain-language explanation */
  explanation: Scalars['String']['output'];
  /** how many earlier cases stand behind the current one */
  historyCount: Maybe<Scalars['Int']['output']>;
  /** the date of the earliest of them */
  historySince: Maybe<Scalars['String']['output']>;
  kind: SignalKind;
  /** value minus threshold: how far past it */
  margin: Scalars['Float']['output'];
  /** the person’s id */
  personId: Maybe<Scalars['String']['output']>;
  /** the rule’s id */
  ruleId: Scalars['String']['output'];
  ruleTitle: Scalars['String']['output'];
  threshold: Scalars['Float']['output'];
  value: Scalars['Float']['output'];
  weight: Scalars['Float']['output'];
};

/** What a signal contributes to a flag */
export type SignalKind =
  /** a circumstance that adds to a flag raised by a trigger */
  | 'context'
  /** a person’s earlier history, shown beside the current case */
  | 'history'
  /** a current finding that raises the flag */
  | 'trigger';

/** A social report (underretning; barnets lov § 133 from 2024-01-01, serviceloven § 153 before) as it will be printed: the minimised set only. The system never sends it. */
export type SocialReport = {
  approvedAt: Maybe<Scalars['DateTime']['output']>;
  /** username of the approving coordinator */
  approvedBy: Maybe<Scalars['String']['output']>;
  /** the approver by full name and title, as signed */
  approverName: Maybe<Scalars['String']['output']>;
  /** the child’s situation in the coordinator’s words (the professional assessment) */
  assessment: Scalars['String']['output'];
  /** the authors by full name and title, as signed */
  authorNames: Array<Scalars['String']['output']>;
  /** usernames of the coordinators who wrote it */
  authors: Array<Scalars['String']['output']>;
  children: Array<ReportChild>;
  /** the concern in plain Danish: categories, dates and counts */
  concern: Array<Scalars['String']['output']>;
  /** when it was created */
  createdAt: Scalars['DateTime']['output'];
  /** the flag’s id */
  flagId: Scalars['String']['output'];
  id: Scalars['String']['output'];
  /** the child’s daycare or school, or that it is not known */
  institution: Maybe<Scalars['String']['output']>;
  introduction: Scalars['String']['output'];
  /** the letter’s date: the day it was approved, today for a draft (ISO date) */
  issueDate: Scalars['String']['output'];
  /** the law in force on the issue date */
  legalBasis: Scalars['String']['output'];
  /** the municipality where the children live now */
  municipalityCode: Scalars['String']['output'];
  /** the municipality’s name */
  municipalityName: Scalars['String']['output'];
  /** states that Opspor does not send the report itself */
  notice: Scalars['String']['output'];
  /** what the police observed about the child */
  observed: Maybe<Scalars['String']['output']>;
  /** short reference printed on the report */
  reference: Scalars['String']['output'];
  reportedAt: Maybe<Scalars['DateTime']['output']>;
  requestedAt: Maybe<Scalars['DateTime']['output']>;
  /** who asked for approval (username) */
  requestedBy: Maybe<Scalars['String']['output']>;
  /** the approver’s comment when the report was returned */
  returnComment: Maybe<Scalars['String']['output']>;
  returnedAt: Maybe<Scalars['DateTime']['output']>;
  /** who returned it, by full name and title */
  returnedByName: Maybe<Scalars['String']['output']>;
  /** the district’s contact block (configurable per district), as printed */
  senderContact: Array<Scalars['String']['output']>;
  /** the sending police district */
  senderDistrictName: Scalars['String']['output'];
  status: ReportStatus;
  /** when it last changed */
  updatedAt: Scalars['DateTime']['output'];
  /** bumped by every edit; an approval is for one version */
  version: Scalars['Int']['output'];
};

/** A record skipped because the stored one has a newer sourceUpdatedAt */
export type StaleRecord = {
  /** the record key, e.g. person "p1" or involvement caseId=c1 personId=p1 */
  key: Scalars['String']['output'];
  line: Scalars['Int']['output'];
  sourceUpdatedAt: Maybe<Scalars['DateTime']['output']>;
  /** when the source changed the stored record */
  storedSourceUpdatedAt: Maybe<Scalars['DateTime']['output']>;
  /** record type (for a retract: its target) */
  type: Scalars['String']['output'];
};

/** How many flags have one status */
export type StatusCount = {
  count: Scalars['Int']['output'];
  status: FlagStatus;
};

/** A person the picker found: enough to tell people of the same name apart */
export type SubjectCandidate = {
  /** the day of birth */
  birthDate: Maybe<Scalars['Date']['output']>;
  name: Scalars['String']['output'];
  /** the person’s id */
  personId: Scalars['String']['output'];
};

/** Data-subject access (GDPR art. 15): what is held about a person and who looked, and why */
export type SubjectExtract = {
  /** the day of birth */
  birthDate: Maybe<Scalars['Date']['output']>;
  flags: Array<SubjectFlag>;
  generatedAt: Scalars['DateTime']['output'];
  /** police, or municipality:<code> */
  holder: Scalars['String']['output'];
  holderName: Scalars['String']['output'];
  /** municipal extract only */
  indicators: Array<SubjectIndicator>;
  lookups: Array<SubjectLookup>;
  name: Scalars['String']['output'];
  /** the person’s id */
  personId: Scalars['String']['output'];
  /** every purpose given for those look-ups */
  purposes: Array<Scalars['String']['output']>;
  reports: Array<SubjectReport>;
};

/** A flag (police) or offer of support (municipality) the person appears in */
export type SubjectFlag = {
  /** when it was created */
  createdAt: Maybe<Scalars['DateTime']['output']>;
  /** the family’s answer (offers of support) */
  familyAnswer: Maybe<Scalars['String']['output']>;
  /** the flag’s id */
  flagId: Scalars['String']['output'];
  /** the person’s place in the family (police flags) */
  relation: Maybe<Scalars['String']['output']>;
  /** the rules that raised it, by title */
  rules: Array<Scalars['String']['output']>;
  status: Scalars['String']['output'];
  /** stored versions of the flag (0 before versions were kept) */
  versions: Scalars['Int']['output'];
};

/** A municipal indicator about the person */
export type SubjectIndicator = {
  date: Scalars['String']['output'];
  /** what the indicator records */
  kind: IndicatorKind;
};

/** One audited read that returned the person */
export type SubjectLookup = {
  /** who did it (username) */
  actor: Scalars['String']['output'];
  /** when it happened */
  at: Scalars['String']['output'];
  operation: Scalars['String']['output'];
  /** how it ended */
  outcome: Scalars['String']['output'];
  /** the purpose stated for it */
  purpose: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
  /** plain-language name of the operation (Danish) */
  what: Scalars['String']['output'];
};

/** A social report the person appears in */
export type SubjectReport = {
  /** named as a child the report concerns (else as an adult of the family) */
  asChild: Scalars['Boolean']['output'];
  issueDate: Maybe<Scalars['Date']['output']>;
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Scalars['String']['output'];
  reference: Scalars['String']['output'];
  status: Scalars['String']['output'];
};

/** The person picker’s answer: the matches, or a message that no person matches */
export type SubjectSearch = {
  matches: Array<SubjectCandidate>;
  /** set when nothing matched: never a statement that no records exist */
  message: Maybe<Scalars['String']['output']>;
  /** name, birth date or id */
  searchedBy: Scalars['String']['output'];
};

/** A caseworker’s decision on a support flag, with the note */
export type SupportDecision = {
  /** who did it (username) */
  actor: Scalars['String']['output'];
  /** when it happened */
  at: Scalars['String']['output'];
  /** the decision, or FAMILY_ and the family’s answer */
  decision: SupportEventKind;
  note: Scalars['String']['output'];
};

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

/** An offer of support to a family, from the municipality’s own data: not a concern report */
export type SupportFlag = {
  active: Scalars['Boolean']['output'];
  asOf: Scalars['Date']['output'];
  /** how many children it is about */
  childCount: Scalars['Int']['output'];
  /** when it was created */
  createdAt: Scalars['DateTime']['output'];
  decisions: Array<SupportDecision>;
  /** the family’s answer to the offer */
  familyAnswer: Maybe<FamilyAnswer>;
  /** the day the family answered (or the deadline passed) */
  familyAnswerDate: Maybe<Scalars['Date']['output']>;
  familyAnswerNote: Maybe<Scalars['String']['output']>;
  id: Scalars['String']['output'];
  members: Array<FlagMember>;
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Scalars['String']['output'];
  /** the rules that fired */
  ruleIds: Array<Scalars['String']['output']>;
  /** the sum of the weights of the signals */
  score: Scalars['Float']['output'];
  scoreExplanation: Scalars['String']['output'];
  /** empty unless a sharing basis from the police is in force */
  sharedPoliceHistory: Array<SharedCaseCount>;
  /** the sharing bases this view relies on */
  sharingBases: Array<SharingBasis>;
  signals: Array<Signal>;
  status: SupportFlagStatus;
  wording: Scalars['String']['output'];
};

/** A support flag as a data-subject extract shows it */
export type SupportFlagForSubject = {
  asOf: Scalars['Date']['output'];
  decisions: Array<SupportDecision>;
  id: Scalars['String']['output'];
  rules: Array<Scalars['String']['output']>;
  status: SupportFlagStatus;
};

/** One page of support flags */
export type SupportFlagPage = {
  /** pass as `after` for the next page (null: no more) */
  endCursor: Maybe<Scalars['String']['output']>;
  /** the entries of this page */
  items: Array<SupportFlagSummary>;
  /** how many there are in all */
  total: Scalars['Int']['output'];
};

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

/** A support flag as the support inbox lists it */
export type SupportFlagSummary = {
  active: Scalars['Boolean']['output'];
  asOf: Scalars['Date']['output'];
  /** how many children it is about */
  childCount: Scalars['Int']['output'];
  /** when it was created */
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['String']['output'];
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Scalars['String']['output'];
  /** the rules that fired */
  ruleIds: Array<Scalars['String']['output']>;
  /** the sum of the weights of the signals */
  score: Scalars['Float']['output'];
  status: SupportFlagStatus;
};

/** An address an event of a timeline names */
export type TimelineAddress = {
  /** the city */
  city: Scalars['String']['output'];
  id: Scalars['String']['output'];
  /** the postal code */
  postalCode: Scalars['String']['output'];
  /** street and number */
  street: Scalars['String']['output'];
};

/** A case or a move (a residence period beginning or ending) */
export type TimelineEvent = {
  /** the address’s id */
  addressId: Maybe<Scalars['String']['output']>;
  /** the case’s id */
  caseId: Maybe<Scalars['String']['output']>;
  category: Maybe<Scalars['String']['output']>;
  /** the category in Danish */
  categoryLabelDa: Maybe<Scalars['String']['output']>;
  /** the category in English */
  categoryLabelEn: Maybe<Scalars['String']['output']>;
  /** the city */
  city: Maybe<Scalars['String']['output']>;
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
  /** the police district’s code (e.g. NJY) */
  districtCode: Maybe<Scalars['String']['output']>;
  /** a case, or a residence period beginning or ending */
  kind: TimelineEventKind;
  /** a case: the person’s role in it */
  role: Maybe<InvolvementRole>;
  /** street and number */
  street: Maybe<Scalars['String']['output']>;
};

/** What one entry of a person’s timeline is */
export type TimelineEventKind =
  /** a case the person is involved in */
  | 'CASE'
  /** a residence period begins */
  | 'MOVE_IN'
  /** a residence period ends */
  | 'MOVE_OUT';

/** A user account as an admin sees it */
export type User = {
  disabled: Scalars['Boolean']['output'];
  /** the police district’s code (e.g. NJY) */
  districtCode: Maybe<Scalars['String']['output']>;
  fullName: Maybe<Scalars['String']['output']>;
  /** the last successful sign-in */
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  lockedUntil: Maybe<Scalars['String']['output']>;
  /** the municipality’s code (e.g. 851) */
  municipalityCode: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
  title: Maybe<Scalars['String']['output']>;
  /** the account’s username */
  username: Scalars['String']['output'];
  /** bumped by every administrator change; send it back with the next change */
  version: Scalars['Int']['output'];
};

/** A change to a user account: send the version read; a stale one is refused */
export type UserChangeInput = {
  /** the police district’s code (e.g. NJY) */
  districtCode?: InputMaybe<Scalars['String']['input']>;
  fullName?: InputMaybe<Scalars['String']['input']>;
  /** the municipality’s code (e.g. 851) */
  municipalityCode?: InputMaybe<Scalars['String']['input']>;
  /** a new role (sessions are revoked) */
  role?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** the account’s username */
  username: Scalars['String']['input'];
  /** the version read (User.version); a stale one is a CONFLICT */
  version: Scalars['Int']['input'];
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { username: string, role: string, districtCode: string | null, municipalityCode: string | null, fullName: string | null, districtName: string | null, municipalityName: string | null } };

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { expiresAt: string, user: { username: string, role: string, districtCode: string | null, municipalityCode: string | null, fullName: string | null, districtName: string | null, municipalityName: string | null } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type ApprovalCountQueryVariables = Exact<{ [key: string]: never; }>;


export type ApprovalCountQuery = { approvalQueue: Array<{ reportId: string }> };

export type PurposeReasonsQueryVariables = Exact<{ [key: string]: never; }>;


export type PurposeReasonsQuery = { purposeReasons: Array<string> };

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

export const MeDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Me {
  me {
    username
    role
    districtCode
    municipalityCode
    fullName
    districtName
    municipalityName
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SignIn($username: String!, $password: String!) {
  signIn(username: $username, password: $password) {
    expiresAt
    user {
      username
      role
      districtCode
      municipalityCode
      fullName
      districtName
      municipalityName
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const ApprovalCountDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ApprovalCount {
  approvalQueue {
    reportId
  }
}
    `) as unknown as TypedDocumentString<ApprovalCountQuery, ApprovalCountQueryVariables>;
export const PurposeReasonsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query PurposeReasons {
  purposeReasons
}
    `) as unknown as TypedDocumentString<PurposeReasonsQuery, PurposeReasonsQueryVariables>;