// The admin operations of the API (server/src/risk, audit, auth, municipal, retention) and the
// shapes the admin pages use.

export interface RuleParameterInfo {
  name: string;
  /** integer, float, boolean, string or string[] */
  type: string;
  /** JSON */
  defaultValue: string;
  /** JSON: the value in force */
  value: string;
  min: number | null;
  max: number | null;
  /** why the default is what it is */
  reason: string;
}

export interface RiskRuleInfo {
  id: string;
  titleDa: string;
  titleEn: string;
  description: string;
  /** trigger or context */
  kind: string;
  /** police or municipal */
  source: string;
  weight: number;
  enabled: boolean;
  parameters: RuleParameterInfo[];
  /** the rule file as it runs */
  cypher: string;
  /** version of the rule's saved settings: a save names it, and a stale save is refused */
  settingsVersion: number;
}

export interface PreviewReport {
  asOf: string;
  clusters: number;
  wouldFlag: number;
  currentlyFlagged: number;
  added: string[];
  removed: string[];
}

export interface ScanReport {
  asOf: string;
  /** false: a back-test (an earlier date) that changed nothing */
  live: boolean;
  clusters: number;
  flagged: number;
  newVersions: number;
  deactivated: number;
  matchingExisting: number;
  noLongerFound: number;
  settingsHash: string;
  elapsedMs: number;
}

export interface RetentionReport {
  casesDeleted: number;
  casesKept: number;
  flagsDeleted: number;
  indicatorsDeleted: number;
  supportFlagsDeleted: number;
  caseCutoff: string;
  flagCutoff: string;
  indicatorCutoff: string;
  supportFlagCutoff: string;
}

export interface RetentionPreview {
  casesDeletable: number;
  casesKept: number;
  indicatorsDeletable: number;
  supportFlagsDeletable: number;
  dismissedFlagsDeletable: number;
  categories: { category: string; cutoff: string; deletable: number; kept: number; oldest: string | null; newest: string | null }[];
}

/** How one risk category counts: the roles that are the person's own behaviour, and its weight. */
export interface CategoryRuleInfo {
  code: string;
  labelDa: string;
  labelEn: string;
  roles: string[];
  defaultRoles: string[];
  weight: number;
  defaultWeight: number;
  reason: string;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actor: string;
  role: string;
  operation: string;
  personIds: string[];
  purpose: string | null;
  requestId: string | null;
  outcome: string;
  /** JSON */
  detail: string | null;
}

export interface PersonLookup {
  at: string;
  actor: string;
  role: string;
  operation: string;
  purpose: string | null;
  outcome: string;
}

export interface AuditVerification {
  intact: boolean;
  checked: number;
  /** edited, missing, inserted or truncated */
  problem: string | null;
  problemSeq: number | null;
}

export interface UserInfo {
  username: string;
  role: string;
  districtCode: string | null;
  municipalityCode: string | null;
  disabled: boolean;
  lockedUntil: string | null;
}

export interface NewUser {
  username: string;
  password: string;
  role: string;
  districtCode: string | null;
  municipalityCode: string | null;
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
  createdBy: string;
}

export type NewSharingBasis = Omit<SharingBasis, 'id' | 'createdBy'>;

export interface District {
  code: string;
  name: string;
}

export interface Municipality {
  code: string;
  name: string;
  districtCode: string;
}

export interface Reference {
  policeDistricts: District[];
  municipalities: Municipality[];
}

const RULE =
  'id titleDa titleEn description kind source weight enabled cypher settingsVersion parameters { name type defaultValue value min max reason }';
export const RISK_RULES = `query RiskRules { riskRules { ${RULE} } }`;
export const PREVIEW_RULES = `query PreviewRules($parameters: String!, $asOf: String) {
  previewRules(parameters: $parameters, asOf: $asOf) { asOf clusters wouldFlag currentlyFlagged added removed }
}`;
export const SAVE_RULE_SETTINGS = `mutation SaveRuleSettings($ruleId: String!, $settings: String!, $expectedVersion: Int!, $confirmEmptyKeywords: Boolean) {
  saveRuleSettings(ruleId: $ruleId, settings: $settings, expectedVersion: $expectedVersion, confirmEmptyKeywords: $confirmEmptyKeywords)
}`;
export const SAVE_POLICY_SETTINGS = `mutation SavePolicySettings($minContextRules: Int!, $expectedVersion: Int!) {
  savePolicySettings(minContextRules: $minContextRules, expectedVersion: $expectedVersion)
}`;
export const RISK_POLICY = `{ riskPolicy { minContextRules version } }`;
export const RISK_CATEGORIES = `{ riskCategories { version categories { code labelDa labelEn roles defaultRoles weight defaultWeight reason } } }`;
export const SAVE_CATEGORY_SETTINGS = `mutation SaveCategorySettings($settings: String!, $expectedVersion: Int!) {
  saveCategorySettings(settings: $settings, expectedVersion: $expectedVersion)
}`;
export const RETENTION_PREVIEW = `{ retentionPreview { casesDeletable casesKept indicatorsDeletable supportFlagsDeletable dismissedFlagsDeletable
  categories { category cutoff deletable kept oldest newest } } }`;
export const RUN_RETENTION = `mutation RunRetention { runRetention { casesDeleted casesKept flagsDeleted indicatorsDeleted supportFlagsDeleted
  caseCutoff flagCutoff indicatorCutoff supportFlagCutoff } }`;
export const RUN_SCAN = `mutation RunScan($asOf: String) {
  runScan(asOf: $asOf) { asOf live clusters flagged newVersions deactivated matchingExisting noLongerFound settingsHash elapsedMs }
}`;
export const SCAN_STATUS = `query ScanStatus { scanStatus { lastScanAt lastScanSummary lastAttemptAt lastOutcome nextDueAt running intervalHours } }`;

export interface ScanStatus {
  lastScanAt: string | null;
  lastScanSummary: string | null;
  lastAttemptAt: string | null;
  lastOutcome: string | null;
  nextDueAt: string | null;
  running: boolean;
  intervalHours: number;
}

const EVENT = 'seq at actor role operation personIds purpose requestId outcome detail';
export const AUDIT_LOG = `query AuditLog($first: Int!, $beforeSeq: Int, $actor: String, $operation: String, $personId: String, $from: String, $to: String) {
  auditLog(first: $first, beforeSeq: $beforeSeq, actor: $actor, operation: $operation, personId: $personId, from: $from, to: $to) { ${EVENT} }
}`;
export const PERSON_ACCESS_LOG = `query PersonAccessLog($personId: String!) { personAccessLog(personId: $personId) { at actor role operation purpose outcome } }`;
export const VERIFY_AUDIT_LOG = `query VerifyAuditLog { verifyAuditLog { intact checked problem problemSeq } }`;

export const USERS = `query Users { users { username role districtCode municipalityCode disabled lockedUntil } }`;
export const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) }`;

const BASIS = 'id legalBasis purpose fromSource toOrg validFrom validUntil createdBy';
// `on` is sent as an explicit null: the API passes an omitted argument on as undefined, which the
// Cypher driver refuses as a missing parameter.
export const SHARING_BASES = `query SharingBases($on: String) { sharingBases(on: $on) { ${BASIS} } }`;
export const CREATE_SHARING_BASIS = `mutation CreateSharingBasis($input: SharingBasisInput!) { createSharingBasis(input: $input) { ${BASIS} } }`;

export const REFERENCE = `query AdminReference { policeDistricts { code name } municipalities { code name districtCode } }`;
