// The admin operations of the API (server/src/risk, audit, auth, municipal, retention) as typed
// documents (`npm run codegen` checks them against server/schema.graphql), and the shapes the
// admin pages use, taken from the generated operation types.
import type { UserRole } from '../api/roles';
import { gql } from '../gql';
import type {
  AdminReferenceQuery,
  AuditLogQuery,
  CreateUserInput,
  PersonAccessLogQuery,
  PreviewRulesQuery,
  RetentionPreviewQuery,
  RiskCategoriesQuery,
  RiskRulesQuery,
  RunRetentionMutation,
  RunScanMutation,
  ScanStatusQuery,
  SharingBasesQuery,
  SharingBasisInput,
  UsersQuery,
  VerifyAuditLogQuery,
} from '../gql/graphql';

export type RiskRuleInfo = RiskRulesQuery['riskRules'][number];
export type RuleParameterInfo = RiskRuleInfo['parameters'][number];
export type PreviewReport = PreviewRulesQuery['previewRules'];
export type ScanReport = RunScanMutation['runScan'];
export type RetentionReport = RunRetentionMutation['runRetention'];
export type RetentionPreview = RetentionPreviewQuery['retentionPreview'];
/** How one risk category counts: the roles that are the person's own behaviour, and its weight. */
export type CategoryRuleInfo = RiskCategoriesQuery['riskCategories']['categories'][number];
export type AuditEvent = AuditLogQuery['auditLog'][number];
export type PersonLookup = PersonAccessLogQuery['personAccessLog'][number];
export type AuditVerification = VerifyAuditLogQuery['verifyAuditLog'];
export type ScanStatus = ScanStatusQuery['scanStatus'];
export type UserInfo = Omit<UsersQuery['users'][number], 'role'> & { role: UserRole };
export type SharingBasis = SharingBasesQuery['sharingBases'][number];
export type Reference = AdminReferenceQuery;
export type District = Reference['policeDistricts'][number];
export type Municipality = Reference['municipalities'][number];

/** An input as a form holds it: every field present (null where the API allows it). */
export type FormOf<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };
/** A new account as the form holds it (the input of createUser without the optional name and title). */
export type NewUser = Pick<FormOf<CreateUserInput>, 'username' | 'password' | 'districtCode' | 'municipalityCode'> & { role: string };
/** A new sharing basis as the form holds it (the input of createSharingBasis). */
export type NewSharingBasis = FormOf<SharingBasisInput>;

export const RISK_RULES = gql(`query RiskRules { riskRules {
  id titleDa titleEn description kind source weight enabled cypher settingsVersion
  parameters { name type defaultValue value min max reason }
} }`);
export const PREVIEW_RULES = gql(`query PreviewRules($parameters: String!, $asOf: Date) {
  previewRules(parameters: $parameters, asOf: $asOf) { asOf clusters wouldFlag currentlyFlagged added removed }
}`);
export const SAVE_RULE_SETTINGS =
  gql(`mutation SaveRuleSettings($ruleId: String!, $settings: String!, $expectedVersion: Int!, $confirmEmptyKeywords: Boolean) {
  saveRuleSettings(ruleId: $ruleId, settings: $settings, expectedVersion: $expectedVersion, confirmEmptyKeywords: $confirmEmptyKeywords)
}`);
export const SAVE_POLICY_SETTINGS = gql(`mutation SavePolicySettings($minContextRules: Int!, $expectedVersion: Int!) {
  savePolicySettings(minContextRules: $minContextRules, expectedVersion: $expectedVersion)
}`);
export const RISK_POLICY = gql(`query RiskPolicy { riskPolicy { minContextRules version } }`);
export const RISK_CATEGORIES = gql(`query RiskCategories {
  riskCategories { version categories { code labelDa labelEn roles defaultRoles weight defaultWeight reason } }
}`);
export const SAVE_CATEGORY_SETTINGS = gql(`mutation SaveCategorySettings($settings: String!, $expectedVersion: Int!) {
  saveCategorySettings(settings: $settings, expectedVersion: $expectedVersion)
}`);
export const RETENTION_PREVIEW = gql(`query RetentionPreview { retentionPreview {
  casesDeletable casesKept indicatorsDeletable supportFlagsDeletable dismissedFlagsDeletable
  categories { category cutoff deletable kept oldest newest }
} }`);
export const RUN_RETENTION = gql(`mutation RunRetention { runRetention {
  casesDeleted casesKept flagsDeleted indicatorsDeleted supportFlagsDeleted caseCutoff flagCutoff indicatorCutoff supportFlagCutoff
} }`);
export const RUN_SCAN = gql(`mutation RunScan($asOf: Date) {
  runScan(asOf: $asOf) { asOf live clusters flagged newVersions deactivated matchingExisting noLongerFound settingsHash elapsedMs }
}`);
export const SCAN_STATUS = gql(
  `query ScanStatus { scanStatus { lastScanAt lastScanSummary lastAttemptAt lastOutcome nextDueAt running intervalHours } }`,
);

export const AUDIT_LOG =
  gql(`query AuditLog($first: Int!, $beforeSeq: Int, $actor: String, $operation: String, $personId: String, $from: String, $to: String) {
  auditLog(first: $first, beforeSeq: $beforeSeq, actor: $actor, operation: $operation, personId: $personId, from: $from, to: $to) {
    seq at actor actorKind actorName role operation personIds persons { id name } purpose requestId outcome detail
  }
}`);
export const PERSON_ACCESS_LOG = gql(
  `query PersonAccessLog($personId: String!) { personAccessLog(personId: $personId) { at actor role operation purpose outcome } }`,
);
export const VERIFY_AUDIT_LOG = gql(`query VerifyAuditLog { verifyAuditLog { intact checked problem problemSeq } }`);

export const USERS = gql(`query Users { users { username role districtCode municipalityCode disabled lockedUntil } }`);
export const CREATE_USER = gql(`mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) }`);

gql(`fragment SharingBasisFields on SharingBasis { id legalBasis purpose fromSource toOrg validFrom validUntil createdBy createdByName }`);
// `on` is sent as an explicit null: the API passes an omitted argument on as undefined, which the
// Cypher driver refuses as a missing parameter.
export const SHARING_BASES = gql(`query SharingBases($on: Date) { sharingBases(on: $on) { ...SharingBasisFields } }`);
export const CREATE_SHARING_BASIS = gql(
  `mutation CreateSharingBasis($input: SharingBasisInput!) { createSharingBasis(input: $input) { ...SharingBasisFields } }`,
);

export const REFERENCE = gql(`query AdminReference { policeDistricts { code name } municipalities { code name districtCode } }`);
