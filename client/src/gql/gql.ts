/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query PoliceSubjectExtract($personId: String!) {\n  subjectExtract(personId: $personId) {\n    personId name birthDate purposes\n    lookups { at actor role operation purpose outcome }\n    flags { flagId status rules relation versions }\n    reports { reference municipalityCode issueDate status asChild }\n  }\n}": typeof types.PoliceSubjectExtractDocument,
    "query SubjectPicker($query: String!) { subjectSearch(query: $query) { matches { personId name birthDate } } }": typeof types.SubjectPickerDocument,
    "query RiskRules { riskRules {\n  id titleDa titleEn description kind source weight enabled cypher settingsVersion\n  parameters { name type defaultValue value min max reason }\n} }": typeof types.RiskRulesDocument,
    "query PreviewRules($parameters: String!, $asOf: Date) {\n  previewRules(parameters: $parameters, asOf: $asOf) { asOf clusters wouldFlag currentlyFlagged added removed }\n}": typeof types.PreviewRulesDocument,
    "mutation SaveRuleSettings($ruleId: String!, $settings: String!, $expectedVersion: Int!, $confirmEmptyKeywords: Boolean) {\n  saveRuleSettings(ruleId: $ruleId, settings: $settings, expectedVersion: $expectedVersion, confirmEmptyKeywords: $confirmEmptyKeywords)\n}": typeof types.SaveRuleSettingsDocument,
    "mutation SavePolicySettings($minContextRules: Int!, $expectedVersion: Int!) {\n  savePolicySettings(minContextRules: $minContextRules, expectedVersion: $expectedVersion)\n}": typeof types.SavePolicySettingsDocument,
    "query RiskPolicy { riskPolicy { minContextRules version } }": typeof types.RiskPolicyDocument,
    "query RiskCategories {\n  riskCategories { version categories { code labelDa labelEn roles defaultRoles weight defaultWeight reason } }\n}": typeof types.RiskCategoriesDocument,
    "mutation SaveCategorySettings($settings: String!, $expectedVersion: Int!) {\n  saveCategorySettings(settings: $settings, expectedVersion: $expectedVersion)\n}": typeof types.SaveCategorySettingsDocument,
    "query RetentionPreview { retentionPreview {\n  casesDeletable casesKept indicatorsDeletable supportFlagsDeletable dismissedFlagsDeletable\n  categories { category cutoff deletable kept oldest newest }\n} }": typeof types.RetentionPreviewDocument,
    "mutation RunRetention { runRetention {\n  casesDeleted casesKept flagsDeleted indicatorsDeleted supportFlagsDeleted caseCutoff flagCutoff indicatorCutoff supportFlagCutoff\n} }": typeof types.RunRetentionDocument,
    "mutation RunScan($asOf: Date) {\n  runScan(asOf: $asOf) { asOf live clusters flagged newVersions deactivated matchingExisting noLongerFound settingsHash elapsedMs }\n}": typeof types.RunScanDocument,
    "query ScanStatus { scanStatus { lastScanAt lastScanSummary lastAttemptAt lastOutcome nextDueAt running intervalHours } }": typeof types.ScanStatusDocument,
    "query AuditLog($first: Int!, $beforeSeq: Int, $actor: String, $operation: String, $personId: String, $from: String, $to: String) {\n  auditLog(first: $first, beforeSeq: $beforeSeq, actor: $actor, operation: $operation, personId: $personId, from: $from, to: $to) {\n    seq at actor actorKind actorName role operation personIds persons { id name } purpose requestId outcome detail\n  }\n}": typeof types.AuditLogDocument,
    "query PersonAccessLog($personId: String!) { personAccessLog(personId: $personId) { at actor role operation purpose outcome } }": typeof types.PersonAccessLogDocument,
    "query VerifyAuditLog { verifyAuditLog { intact checked problem problemSeq } }": typeof types.VerifyAuditLogDocument,
    "query Users { users { username role districtCode municipalityCode disabled lockedUntil } }": typeof types.UsersDocument,
    "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) }": typeof types.CreateUserDocument,
    "fragment SharingBasisFields on SharingBasis { id legalBasis purpose fromSource toOrg validFrom validUntil createdBy createdByName }": typeof types.SharingBasisFieldsFragmentDoc,
    "query SharingBases($on: Date) { sharingBases(on: $on) { ...SharingBasisFields } }": typeof types.SharingBasesDocument,
    "mutation CreateSharingBasis($input: SharingBasisInput!) { createSharingBasis(input: $input) { ...SharingBasisFields } }": typeof types.CreateSharingBasisDocument,
    "query AdminReference { policeDistricts { code name } municipalities { code name districtCode } }": typeof types.AdminReferenceDocument,
    "fragment EndedSharingBasisFields on SharingBasis {\n  id legalBasis purpose fromSource toOrg validFrom validUntil createdBy createdByName endReason endedBy endedByName\n}": typeof types.EndedSharingBasisFieldsFragmentDoc,
    "query SharingBasesWithEnd($on: Date) { sharingBases(on: $on) { ...EndedSharingBasisFields } }": typeof types.SharingBasesWithEndDocument,
    "mutation EndSharingBasis($id: String!, $reason: String!) { endSharingBasis(id: $id, reason: $reason) { ...EndedSharingBasisFields } }": typeof types.EndSharingBasisDocument,
    "query UserAccounts { users { username fullName title role districtCode municipalityCode disabled lockedUntil lastSignInAt version } }": typeof types.UserAccountsDocument,
    "mutation UpdateUser($input: UserChangeInput!) { updateUser(input: $input) }": typeof types.UpdateUserDocument,
    "mutation SetUserActive($username: String!, $version: Int!, $active: Boolean!) {\n  setUserActive(username: $username, version: $version, active: $active)\n}": typeof types.SetUserActiveDocument,
    "mutation UnlockUser($username: String!, $version: Int!) { unlockUser(username: $username, version: $version) }": typeof types.UnlockUserDocument,
    "mutation ResetUserPassword($username: String!, $version: Int!) {\n  resetUserPassword(username: $username, version: $version) { username temporaryPassword }\n}": typeof types.ResetUserPasswordDocument,
    "fragment FamilyPersonFields on FamilyPerson {\n  id name sex birthDate deathDate age born deceased searched kin relation\n  history { addressChanges caseCounts { category subcategory labelDa labelEn role count } }\n  flags { id status }\n}": typeof types.FamilyPersonFieldsFragmentDoc,
    "fragment TimelineAddressFields on TimelineAddress { id street postalCode city }": typeof types.TimelineAddressFieldsFragmentDoc,
    "query Family($personId: ID!, $depth: Int!, $asOf: Date) {\n  family(personId: $personId, depth: $depth, asOf: $asOf) {\n    rootId asOf depth\n    persons { ...FamilyPersonFields }\n    parentLinks { parentId childId }\n    partnerships { personA personB kind from to status }\n    households { addressId street postalCode city municipalityCode municipalityName memberIds residentCount parentElsewhere residents { personId since } }\n  }\n}": typeof types.FamilyDocument,
    "query Search($text: String!, $first: Int!, $after: String) {\n  searchPersons(text: $text, first: $first, after: $after) {\n    mode hasNextPage endCursor items { id name sex birthDate deathDate }\n  }\n}": typeof types.SearchDocument,
    "query Person($id: ID!, $first: Int!) {\n  person(id: $id) {\n    id name sex birthDate deathDate residencesTruncated\n    residences { addressId street postalCode city municipalityCode municipalityName from to }\n    kinship {\n      parents { id name } children { id name }\n      partners { kind from to person { id name } }\n    }\n    provenance { at action recordType key batchId source actor file line reason fields { field old new } }\n  }\n  personCases(personId: $id, first: $first) {\n    totalCount hasNextPage\n    items { caseId journalNo category categoryLabelDa categoryLabelEn subcategory occurredAt role districtCode districtName }\n  }\n}": typeof types.PersonDocument,
    "query FamilyTimeline($personId: ID!, $depth: Int!, $from: Date, $to: Date) {\n  familyTimeline(personId: $personId, depth: $depth, from: $from, to: $to) {\n    rootId from to truncated\n    events {\n      date kind personId otherPersonId caseId category subcategory categoryLabelDa categoryLabelEn role districtCode\n      fromAddress { ...TimelineAddressFields } toAddress { ...TimelineAddressFields }\n    }\n  }\n}": typeof types.FamilyTimelineDocument,
    "query LetterMunicipality { municipalities { code name } }": typeof types.LetterMunicipalityDocument,
    "query SupportFlagAnswer($id: String!) {\n  supportFlag(id: $id) { id familyAnswer familyAnswerDate familyAnswerNote }\n}": typeof types.SupportFlagAnswerDocument,
    "mutation RecordFamilyAnswer($input: FamilyAnswerInput!) { recordFamilyAnswer(input: $input) }": typeof types.RecordFamilyAnswerDocument,
    "fragment SupportFlagSummaryFields on SupportFlagSummary { id status active score ruleIds childCount municipalityCode createdAt asOf }": typeof types.SupportFlagSummaryFieldsFragmentDoc,
    "query SupportFlags($status: SupportFlagStatus, $first: Int!, $after: String) {\n  supportFlags(status: $status, first: $first, after: $after) { total endCursor items { ...SupportFlagSummaryFields } }\n}": typeof types.SupportFlagsDocument,
    "query SupportCounts {\n  NEW: supportFlags(status: NEW, first: 1) { total }\n  OFFER_SUPPORT: supportFlags(status: OFFER_SUPPORT, first: 1) { total }\n  NO_ACTION: supportFlags(status: NO_ACTION, first: 1) { total }\n  ALREADY_KNOWN: supportFlags(status: ALREADY_KNOWN, first: 1) { total }\n}": typeof types.SupportCountsDocument,
    "query SupportFlag($id: String!) {\n  supportFlag(id: $id) {\n    id status active score ruleIds childCount municipalityCode createdAt asOf wording scoreExplanation\n    members { personId name sex birthDate age relation livesWithChildren relations { childId relation } }\n    signals { ruleId ruleTitle kind weight personId value threshold margin explanation\n      evidence { kind id date category municipality } }\n    decisions { at actor decision note }\n    sharedPoliceHistory { personId category cases }\n    sharingBases { id legalBasis purpose fromSource toOrg validFrom validUntil }\n  }\n}": typeof types.SupportFlagDocument,
    "mutation DecideSupportFlag($id: String!, $decision: SupportDecisionKind!, $note: String!) {\n  decideSupportFlag(id: $id, decision: $decision, note: $note)\n}": typeof types.DecideSupportFlagDocument,
    "query PersonIndicators($personId: String!) {\n  personIndicators(personId: $personId) { id kind date municipalityCode detail }\n}": typeof types.PersonIndicatorsDocument,
    "mutation RunMunicipalScan($asOf: Date, $maxChildAge: Int!) {\n  runMunicipalScan(asOf: $asOf, maxChildAge: $maxChildAge) { asOf municipalityCode clusters flagged }\n}": typeof types.RunMunicipalScanDocument,
    "query MunicipalSubjectReport($personId: String!) {\n  municipalSubjectReport(personId: $personId) {\n    personId municipalityCode\n    indicators { id kind date municipalityCode detail }\n    flags { id status asOf rules decisions { at actor decision note } }\n  }\n}": typeof types.MunicipalSubjectReportDocument,
    "query Municipalities { municipalities { code name districtCode } }": typeof types.MunicipalitiesDocument,
    "query SubjectSearch($query: String!) {\n  subjectSearch(query: $query) { searchedBy matches { personId name birthDate } message }\n}": typeof types.SubjectSearchDocument,
    "query SubjectExtract($personId: String!) {\n  subjectExtract(personId: $personId) {\n    holder holderName personId name birthDate generatedAt purposes\n    lookups { at actor role operation what purpose outcome }\n  }\n}": typeof types.SubjectExtractDocument,
    "fragment ParameterFields on SavedQueryParameter { name type required defaultValue min max description }": typeof types.ParameterFieldsFragmentDoc,
    "fragment SavedQueryFields on SavedQuery {\n  name title description source timeoutMs scopes version origin owner updatedAt updatedBy updatedByName parameters { ...ParameterFields }\n}": typeof types.SavedQueryFieldsFragmentDoc,
    "query SavedQueries($search: String) { savedQueries(search: $search) { ...SavedQueryFields } }": typeof types.SavedQueriesDocument,
    "query RunSavedQuery($name: String!, $params: JSON, $limit: Int) {\n  runSavedQuery(name: $name, params: $params, limit: $limit) {\n    name version columns rows rowCount truncated truncatedBy rowCap maxBytes elapsedMs csv\n    graph { truncated nodes { id labels caption personId properties } edges { id type source target properties } }\n  }\n}": typeof types.RunSavedQueryDocument,
    "query CheckSavedQuery($source: String!) {\n  checkSavedQuery(source: $source) { ok compiles readOnly queryType reasons warnings name title parameters { ...ParameterFields } }\n}": typeof types.CheckSavedQueryDocument,
    "mutation SaveSavedQuery($source: String!, $expectedVersion: Int) {\n  saveSavedQuery(source: $source, expectedVersion: $expectedVersion) { ...SavedQueryFields }\n}": typeof types.SaveSavedQueryDocument,
    "mutation DeleteSavedQuery($name: String!) { deleteSavedQuery(name: $name) }": typeof types.DeleteSavedQueryDocument,
    "query SavedQueryVersions($name: String!) {\n  savedQueryVersions(name: $name) { version title source savedBy savedByName savedAt }\n}": typeof types.SavedQueryVersionsDocument,
    "fragment ApiKeyFields on ApiKey { id name queries purpose organisation rateLimitPerMinute status createdBy createdAt expiresAt lastUsedAt }": typeof types.ApiKeyFieldsFragmentDoc,
    "query ApiKeys { apiKeys { ...ApiKeyFields } }": typeof types.ApiKeysDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { ...ApiKeyFields } } }": typeof types.CreateApiKeyDocument,
    "mutation RevokeApiKey($id: String!) { revokeApiKey(id: $id) { ...ApiKeyFields } }": typeof types.RevokeApiKeyDocument,
    "fragment FlagSummaryFields on FlagSummary { id status active score municipalityCode municipalityName districtCode ruleIds childCount assignee createdAt updatedAt asOf isNew\n  version readOnly ownerDistrictName reopenReason address { id street postalCode city municipalityCode } children { personId firstName age } }": typeof types.FlagSummaryFieldsFragmentDoc,
    "query Inbox($filter: FlagFilterInput, $first: Int!, $after: String) {\n  flags(filter: $filter, first: $first, after: $after) {\n    total endCursor newSince statusCounts { status count } items { ...FlagSummaryFields }\n  }\n}": typeof types.InboxDocument,
    "mutation MarkInboxSeen { markInboxSeen }": typeof types.MarkInboxSeenDocument,
    "query InboxReference {\n  municipalities { code name districtCode } riskRules { id titleDa titleEn source } policeDistricts { code name }\n}": typeof types.InboxReferenceDocument,
    "query Flag($id: String!, $lang: String!, $version: Int) {\n  flag(id: $id, lang: $lang, version: $version) {\n    id status active score municipalityCode municipalityName districtCode ruleIds childCount assignee createdAt updatedAt asOf isNew\n    version readOnly ownerDistrictName reopenReason address { id street postalCode city municipalityCode } children { personId firstName age } scoreExplanation dismissedAt reopenedAt viewingVersion reportVersion caseDistrictCodes\n    versions { n createdAt asOf score ruleIds reason settingsHash settingsVersion }\n    changes { since fromVersion toVersion scoreFrom scoreTo addressFrom addressTo membersAdded membersRemoved\n      signalsAdded { ruleId ruleTitle personName } signalsRemoved { ruleId ruleTitle personName }\n      evidenceAdded { ruleTitle personName kind id date } evidenceRemoved { ruleTitle personName kind id date } }\n    members { personId name sex birthDate age relation livesWithChildren relations { childId relation } }\n    signals { ruleId ruleTitle kind weight personId value threshold margin explanation currentCaseId historyCount historySince\n      evidence { kind id date category categoryLabel role district districtName municipality municipalityName detail matchedKeyword categoryWeight current\n        fromAddressId fromAddress toAddressId toAddress personId name age since relation } }\n  }\n}": typeof types.FlagDocument,
    "fragment FlagReviewFields on FlagReview { flagId status assignee assigneeName allowedTransitions canReport canApprove canRequestApproval\n  history { id at actor actorName kind fromStatus toStatus assignee assigneeName outcome note }\n  report { id flagId reference status version municipalityCode municipalityName senderDistrictName senderContact issueDate\n           legalBasis introduction children { name birthDate age } concern observed institution assessment authors authorNames\n           approvedBy approverName approvedAt requestedBy requestedAt returnComment returnedByName returnedAt reportedAt\n           createdAt updatedAt notice }\n  outcome { outcome note recordedBy recordedByName recordedAt } }": typeof types.FlagReviewFieldsFragmentDoc,
    "query FlagReview($id: String!) { flagReview(flagId: $id) { ...FlagReviewFields } }": typeof types.FlagReviewDocument,
    "query Assignable($id: String!) { assignableCoordinatorAccounts(flagId: $id) { username fullName } }": typeof types.AssignableDocument,
    "mutation ChangeStatus($input: FlagTransitionInput!) { changeFlagStatus(input: $input) { ...FlagReviewFields } }": typeof types.ChangeStatusDocument,
    "mutation Assign($input: FlagAssignInput!) { assignFlag(input: $input) { ...FlagReviewFields } }": typeof types.AssignDocument,
    "mutation SaveReport($input: ReportDraftInput!) { saveReportDraft(input: $input) { ...FlagReviewFields } }": typeof types.SaveReportDocument,
    "mutation ApproveReport($input: ReportApprovalInput!) { approveReport(input: $input) { ...FlagReviewFields } }": typeof types.ApproveReportDocument,
    "mutation RequestApproval($input: ReportStepInput!) { requestReportApproval(input: $input) { ...FlagReviewFields } }": typeof types.RequestApprovalDocument,
    "mutation ReturnReport($input: ReportStepInput!) { returnReport(input: $input) { ...FlagReviewFields } }": typeof types.ReturnReportDocument,
    "query ApprovalQueue {\n  approvalQueue { flagId reportId reference version municipalityName childCount requestedByName requestedAt }\n}": typeof types.ApprovalQueueDocument,
    "mutation RecordOutcome($input: ReportOutcomeInput!) { recordReportOutcome(input: $input) { ...FlagReviewFields } }": typeof types.RecordOutcomeDocument,
    "query ReportPreview($id: String!, $childIds: [String!]) {\n  reportPreview(flagId: $id, childIds: $childIds) { municipalityCode municipalityName children { name birthDate age } concern }\n}": typeof types.ReportPreviewDocument,
    "query CaseDetail($flagId: String!, $caseId: String!) {\n  flagCaseDetail(flagId: $flagId, caseId: $caseId) {\n    caseId journalNo category categoryLabel occurredAt districtCode summary keywords involved { personId name birthDate role }\n  }\n}": typeof types.CaseDetailDocument,
    "query Statistics($from: String!, $to: String!, $district: String) {\n  reviewStatistics(fromMonth: $from, toMonth: $to, districtCode: $district) {\n    fromMonth toMonth districtCode populationDate suppressedBelow\n    months { month flagsRaised reportsSent reportsOwnDistrict reportsElsewhere dismissals }\n    districts { districtCode districtName flagsRaised reportsSent reportsOwnDistrict reportsElsewhere dismissals }\n    municipalities { municipalityCode municipalityName districtCode flagsRaised reportsReceived dismissals population flagsPer1000 }\n    rules { ruleId titleDa titleEn reports judged relevant notRelevant alreadyKnown relevantShare }\n  }\n}": typeof types.StatisticsDocument,
    "query Districts { policeDistricts { code name } }": typeof types.DistrictsDocument,
};
const documents: Documents = {
    "query PoliceSubjectExtract($personId: String!) {\n  subjectExtract(personId: $personId) {\n    personId name birthDate purposes\n    lookups { at actor role operation purpose outcome }\n    flags { flagId status rules relation versions }\n    reports { reference municipalityCode issueDate status asChild }\n  }\n}": types.PoliceSubjectExtractDocument,
    "query SubjectPicker($query: String!) { subjectSearch(query: $query) { matches { personId name birthDate } } }": types.SubjectPickerDocument,
    "query RiskRules { riskRules {\n  id titleDa titleEn description kind source weight enabled cypher settingsVersion\n  parameters { name type defaultValue value min max reason }\n} }": types.RiskRulesDocument,
    "query PreviewRules($parameters: String!, $asOf: Date) {\n  previewRules(parameters: $parameters, asOf: $asOf) { asOf clusters wouldFlag currentlyFlagged added removed }\n}": types.PreviewRulesDocument,
    "mutation SaveRuleSettings($ruleId: String!, $settings: String!, $expectedVersion: Int!, $confirmEmptyKeywords: Boolean) {\n  saveRuleSettings(ruleId: $ruleId, settings: $settings, expectedVersion: $expectedVersion, confirmEmptyKeywords: $confirmEmptyKeywords)\n}": types.SaveRuleSettingsDocument,
    "mutation SavePolicySettings($minContextRules: Int!, $expectedVersion: Int!) {\n  savePolicySettings(minContextRules: $minContextRules, expectedVersion: $expectedVersion)\n}": types.SavePolicySettingsDocument,
    "query RiskPolicy { riskPolicy { minContextRules version } }": types.RiskPolicyDocument,
    "query RiskCategories {\n  riskCategories { version categories { code labelDa labelEn roles defaultRoles weight defaultWeight reason } }\n}": types.RiskCategoriesDocument,
    "mutation SaveCategorySettings($settings: String!, $expectedVersion: Int!) {\n  saveCategorySettings(settings: $settings, expectedVersion: $expectedVersion)\n}": types.SaveCategorySettingsDocument,
    "query RetentionPreview { retentionPreview {\n  casesDeletable casesKept indicatorsDeletable supportFlagsDeletable dismissedFlagsDeletable\n  categories { category cutoff deletable kept oldest newest }\n} }": types.RetentionPreviewDocument,
    "mutation RunRetention { runRetention {\n  casesDeleted casesKept flagsDeleted indicatorsDeleted supportFlagsDeleted caseCutoff flagCutoff indicatorCutoff supportFlagCutoff\n} }": types.RunRetentionDocument,
    "mutation RunScan($asOf: Date) {\n  runScan(asOf: $asOf) { asOf live clusters flagged newVersions deactivated matchingExisting noLongerFound settingsHash elapsedMs }\n}": types.RunScanDocument,
    "query ScanStatus { scanStatus { lastScanAt lastScanSummary lastAttemptAt lastOutcome nextDueAt running intervalHours } }": types.ScanStatusDocument,
    "query AuditLog($first: Int!, $beforeSeq: Int, $actor: String, $operation: String, $personId: String, $from: String, $to: String) {\n  auditLog(first: $first, beforeSeq: $beforeSeq, actor: $actor, operation: $operation, personId: $personId, from: $from, to: $to) {\n    seq at actor actorKind actorName role operation personIds persons { id name } purpose requestId outcome detail\n  }\n}": types.AuditLogDocument,
    "query PersonAccessLog($personId: String!) { personAccessLog(personId: $personId) { at actor role operation purpose outcome } }": types.PersonAccessLogDocument,
    "query VerifyAuditLog { verifyAuditLog { intact checked problem problemSeq } }": types.VerifyAuditLogDocument,
    "query Users { users { username role districtCode municipalityCode disabled lockedUntil } }": types.UsersDocument,
    "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) }": types.CreateUserDocument,
    "fragment SharingBasisFields on SharingBasis { id legalBasis purpose fromSource toOrg validFrom validUntil createdBy createdByName }": types.SharingBasisFieldsFragmentDoc,
    "query SharingBases($on: Date) { sharingBases(on: $on) { ...SharingBasisFields } }": types.SharingBasesDocument,
    "mutation CreateSharingBasis($input: SharingBasisInput!) { createSharingBasis(input: $input) { ...SharingBasisFields } }": types.CreateSharingBasisDocument,
    "query AdminReference { policeDistricts { code name } municipalities { code name districtCode } }": types.AdminReferenceDocument,
    "fragment EndedSharingBasisFields on SharingBasis {\n  id legalBasis purpose fromSource toOrg validFrom validUntil createdBy createdByName endReason endedBy endedByName\n}": types.EndedSharingBasisFieldsFragmentDoc,
    "query SharingBasesWithEnd($on: Date) { sharingBases(on: $on) { ...EndedSharingBasisFields } }": types.SharingBasesWithEndDocument,
    "mutation EndSharingBasis($id: String!, $reason: String!) { endSharingBasis(id: $id, reason: $reason) { ...EndedSharingBasisFields } }": types.EndSharingBasisDocument,
    "query UserAccounts { users { username fullName title role districtCode municipalityCode disabled lockedUntil lastSignInAt version } }": types.UserAccountsDocument,
    "mutation UpdateUser($input: UserChangeInput!) { updateUser(input: $input) }": types.UpdateUserDocument,
    "mutation SetUserActive($username: String!, $version: Int!, $active: Boolean!) {\n  setUserActive(username: $username, version: $version, active: $active)\n}": types.SetUserActiveDocument,
    "mutation UnlockUser($username: String!, $version: Int!) { unlockUser(username: $username, version: $version) }": types.UnlockUserDocument,
    "mutation ResetUserPassword($username: String!, $version: Int!) {\n  resetUserPassword(username: $username, version: $version) { username temporaryPassword }\n}": types.ResetUserPasswordDocument,
    "fragment FamilyPersonFields on FamilyPerson {\n  id name sex birthDate deathDate age born deceased searched kin relation\n  history { addressChanges caseCounts { category subcategory labelDa labelEn role count } }\n  flags { id status }\n}": types.FamilyPersonFieldsFragmentDoc,
    "fragment TimelineAddressFields on TimelineAddress { id street postalCode city }": types.TimelineAddressFieldsFragmentDoc,
    "query Family($personId: ID!, $depth: Int!, $asOf: Date) {\n  family(personId: $personId, depth: $depth, asOf: $asOf) {\n    rootId asOf depth\n    persons { ...FamilyPersonFields }\n    parentLinks { parentId childId }\n    partnerships { personA personB kind from to status }\n    households { addressId street postalCode city municipalityCode municipalityName memberIds residentCount parentElsewhere residents { personId since } }\n  }\n}": types.FamilyDocument,
    "query Search($text: String!, $first: Int!, $after: String) {\n  searchPersons(text: $text, first: $first, after: $after) {\n    mode hasNextPage endCursor items { id name sex birthDate deathDate }\n  }\n}": types.SearchDocument,
    "query Person($id: ID!, $first: Int!) {\n  person(id: $id) {\n    id name sex birthDate deathDate residencesTruncated\n    residences { addressId street postalCode city municipalityCode municipalityName from to }\n    kinship {\n      parents { id name } children { id name }\n      partners { kind from to person { id name } }\n    }\n    provenance { at action recordType key batchId source actor file line reason fields { field old new } }\n  }\n  personCases(personId: $id, first: $first) {\n    totalCount hasNextPage\n    items { caseId journalNo category categoryLabelDa categoryLabelEn subcategory occurredAt role districtCode districtName }\n  }\n}": types.PersonDocument,
    "query FamilyTimeline($personId: ID!, $depth: Int!, $from: Date, $to: Date) {\n  familyTimeline(personId: $personId, depth: $depth, from: $from, to: $to) {\n    rootId from to truncated\n    events {\n      date kind personId otherPersonId caseId category subcategory categoryLabelDa categoryLabelEn role districtCode\n      fromAddress { ...TimelineAddressFields } toAddress { ...TimelineAddressFields }\n    }\n  }\n}": types.FamilyTimelineDocument,
    "query LetterMunicipality { municipalities { code name } }": types.LetterMunicipalityDocument,
    "query SupportFlagAnswer($id: String!) {\n  supportFlag(id: $id) { id familyAnswer familyAnswerDate familyAnswerNote }\n}": types.SupportFlagAnswerDocument,
    "mutation RecordFamilyAnswer($input: FamilyAnswerInput!) { recordFamilyAnswer(input: $input) }": types.RecordFamilyAnswerDocument,
    "fragment SupportFlagSummaryFields on SupportFlagSummary { id status active score ruleIds childCount municipalityCode createdAt asOf }": types.SupportFlagSummaryFieldsFragmentDoc,
    "query SupportFlags($status: SupportFlagStatus, $first: Int!, $after: String) {\n  supportFlags(status: $status, first: $first, after: $after) { total endCursor items { ...SupportFlagSummaryFields } }\n}": types.SupportFlagsDocument,
    "query SupportCounts {\n  NEW: supportFlags(status: NEW, first: 1) { total }\n  OFFER_SUPPORT: supportFlags(status: OFFER_SUPPORT, first: 1) { total }\n  NO_ACTION: supportFlags(status: NO_ACTION, first: 1) { total }\n  ALREADY_KNOWN: supportFlags(status: ALREADY_KNOWN, first: 1) { total }\n}": types.SupportCountsDocument,
    "query SupportFlag($id: String!) {\n  supportFlag(id: $id) {\n    id status active score ruleIds childCount municipalityCode createdAt asOf wording scoreExplanation\n    members { personId name sex birthDate age relation livesWithChildren relations { childId relation } }\n    signals { ruleId ruleTitle kind weight personId value threshold margin explanation\n      evidence { kind id date category municipality } }\n    decisions { at actor decision note }\n    sharedPoliceHistory { personId category cases }\n    sharingBases { id legalBasis purpose fromSource toOrg validFrom validUntil }\n  }\n}": types.SupportFlagDocument,
    "mutation DecideSupportFlag($id: String!, $decision: SupportDecisionKind!, $note: String!) {\n  decideSupportFlag(id: $id, decision: $decision, note: $note)\n}": types.DecideSupportFlagDocument,
    "query PersonIndicators($personId: String!) {\n  personIndicators(personId: $personId) { id kind date municipalityCode detail }\n}": types.PersonIndicatorsDocument,
    "mutation RunMunicipalScan($asOf: Date, $maxChildAge: Int!) {\n  runMunicipalScan(asOf: $asOf, maxChildAge: $maxChildAge) { asOf municipalityCode clusters flagged }\n}": types.RunMunicipalScanDocument,
    "query MunicipalSubjectReport($personId: String!) {\n  municipalSubjectReport(personId: $personId) {\n    personId municipalityCode\n    indicators { id kind date municipalityCode detail }\n    flags { id status asOf rules decisions { at actor decision note } }\n  }\n}": types.MunicipalSubjectReportDocument,
    "query Municipalities { municipalities { code name districtCode } }": types.MunicipalitiesDocument,
    "query SubjectSearch($query: String!) {\n  subjectSearch(query: $query) { searchedBy matches { personId name birthDate } message }\n}": types.SubjectSearchDocument,
    "query SubjectExtract($personId: String!) {\n  subjectExtract(personId: $personId) {\n    holder holderName personId name birthDate generatedAt purposes\n    lookups { at actor role operation what purpose outcome }\n  }\n}": types.SubjectExtractDocument,
    "fragment ParameterFields on SavedQueryParameter { name type required defaultValue min max description }": types.ParameterFieldsFragmentDoc,
    "fragment SavedQueryFields on SavedQuery {\n  name title description source timeoutMs scopes version origin owner updatedAt updatedBy updatedByName parameters { ...ParameterFields }\n}": types.SavedQueryFieldsFragmentDoc,
    "query SavedQueries($search: String) { savedQueries(search: $search) { ...SavedQueryFields } }": types.SavedQueriesDocument,
    "query RunSavedQuery($name: String!, $params: JSON, $limit: Int) {\n  runSavedQuery(name: $name, params: $params, limit: $limit) {\n    name version columns rows rowCount truncated truncatedBy rowCap maxBytes elapsedMs csv\n    graph { truncated nodes { id labels caption personId properties } edges { id type source target properties } }\n  }\n}": types.RunSavedQueryDocument,
    "query CheckSavedQuery($source: String!) {\n  checkSavedQuery(source: $source) { ok compiles readOnly queryType reasons warnings name title parameters { ...ParameterFields } }\n}": types.CheckSavedQueryDocument,
    "mutation SaveSavedQuery($source: String!, $expectedVersion: Int) {\n  saveSavedQuery(source: $source, expectedVersion: $expectedVersion) { ...SavedQueryFields }\n}": types.SaveSavedQueryDocument,
    "mutation DeleteSavedQuery($name: String!) { deleteSavedQuery(name: $name) }": types.DeleteSavedQueryDocument,
    "query SavedQueryVersions($name: String!) {\n  savedQueryVersions(name: $name) { version title source savedBy savedByName savedAt }\n}": types.SavedQueryVersionsDocument,
    "fragment ApiKeyFields on ApiKey { id name queries purpose organisation rateLimitPerMinute status createdBy createdAt expiresAt lastUsedAt }": types.ApiKeyFieldsFragmentDoc,
    "query ApiKeys { apiKeys { ...ApiKeyFields } }": types.ApiKeysDocument,
    "mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { ...ApiKeyFields } } }": types.CreateApiKeyDocument,
    "mutation RevokeApiKey($id: String!) { revokeApiKey(id: $id) { ...ApiKeyFields } }": types.RevokeApiKeyDocument,
    "fragment FlagSummaryFields on FlagSummary { id status active score municipalityCode municipalityName districtCode ruleIds childCount assignee createdAt updatedAt asOf isNew\n  version readOnly ownerDistrictName reopenReason address { id street postalCode city municipalityCode } children { personId firstName age } }": types.FlagSummaryFieldsFragmentDoc,
    "query Inbox($filter: FlagFilterInput, $first: Int!, $after: String) {\n  flags(filter: $filter, first: $first, after: $after) {\n    total endCursor newSince statusCounts { status count } items { ...FlagSummaryFields }\n  }\n}": types.InboxDocument,
    "mutation MarkInboxSeen { markInboxSeen }": types.MarkInboxSeenDocument,
    "query InboxReference {\n  municipalities { code name districtCode } riskRules { id titleDa titleEn source } policeDistricts { code name }\n}": types.InboxReferenceDocument,
    "query Flag($id: String!, $lang: String!, $version: Int) {\n  flag(id: $id, lang: $lang, version: $version) {\n    id status active score municipalityCode municipalityName districtCode ruleIds childCount assignee createdAt updatedAt asOf isNew\n    version readOnly ownerDistrictName reopenReason address { id street postalCode city municipalityCode } children { personId firstName age } scoreExplanation dismissedAt reopenedAt viewingVersion reportVersion caseDistrictCodes\n    versions { n createdAt asOf score ruleIds reason settingsHash settingsVersion }\n    changes { since fromVersion toVersion scoreFrom scoreTo addressFrom addressTo membersAdded membersRemoved\n      signalsAdded { ruleId ruleTitle personName } signalsRemoved { ruleId ruleTitle personName }\n      evidenceAdded { ruleTitle personName kind id date } evidenceRemoved { ruleTitle personName kind id date } }\n    members { personId name sex birthDate age relation livesWithChildren relations { childId relation } }\n    signals { ruleId ruleTitle kind weight personId value threshold margin explanation currentCaseId historyCount historySince\n      evidence { kind id date category categoryLabel role district districtName municipality municipalityName detail matchedKeyword categoryWeight current\n        fromAddressId fromAddress toAddressId toAddress personId name age since relation } }\n  }\n}": types.FlagDocument,
    "fragment FlagReviewFields on FlagReview { flagId status assignee assigneeName allowedTransitions canReport canApprove canRequestApproval\n  history { id at actor actorName kind fromStatus toStatus assignee assigneeName outcome note }\n  report { id flagId reference status version municipalityCode municipalityName senderDistrictName senderContact issueDate\n           legalBasis introduction children { name birthDate age } concern observed institution assessment authors authorNames\n           approvedBy approverName approvedAt requestedBy requestedAt returnComment returnedByName returnedAt reportedAt\n           createdAt updatedAt notice }\n  outcome { outcome note recordedBy recordedByName recordedAt } }": types.FlagReviewFieldsFragmentDoc,
    "query FlagReview($id: String!) { flagReview(flagId: $id) { ...FlagReviewFields } }": types.FlagReviewDocument,
    "query Assignable($id: String!) { assignableCoordinatorAccounts(flagId: $id) { username fullName } }": types.AssignableDocument,
    "mutation ChangeStatus($input: FlagTransitionInput!) { changeFlagStatus(input: $input) { ...FlagReviewFields } }": types.ChangeStatusDocument,
    "mutation Assign($input: FlagAssignInput!) { assignFlag(input: $input) { ...FlagReviewFields } }": types.AssignDocument,
    "mutation SaveReport($input: ReportDraftInput!) { saveReportDraft(input: $input) { ...FlagReviewFields } }": types.SaveReportDocument,
    "mutation ApproveReport($input: ReportApprovalInput!) { approveReport(input: $input) { ...FlagReviewFields } }": types.ApproveReportDocument,
    "mutation RequestApproval($input: ReportStepInput!) { requestReportApproval(input: $input) { ...FlagReviewFields } }": types.RequestApprovalDocument,
    "mutation ReturnReport($input: ReportStepInput!) { returnReport(input: $input) { ...FlagReviewFields } }": types.ReturnReportDocument,
    "query ApprovalQueue {\n  approvalQueue { flagId reportId reference version municipalityName childCount requestedByName requestedAt }\n}": types.ApprovalQueueDocument,
    "mutation RecordOutcome($input: ReportOutcomeInput!) { recordReportOutcome(input: $input) { ...FlagReviewFields } }": types.RecordOutcomeDocument,
    "query ReportPreview($id: String!, $childIds: [String!]) {\n  reportPreview(flagId: $id, childIds: $childIds) { municipalityCode municipalityName children { name birthDate age } concern }\n}": types.ReportPreviewDocument,
    "query CaseDetail($flagId: String!, $caseId: String!) {\n  flagCaseDetail(flagId: $flagId, caseId: $caseId) {\n    caseId journalNo category categoryLabel occurredAt districtCode summary keywords involved { personId name birthDate role }\n  }\n}": types.CaseDetailDocument,
    "query Statistics($from: String!, $to: String!, $district: String) {\n  reviewStatistics(fromMonth: $from, toMonth: $to, districtCode: $district) {\n    fromMonth toMonth districtCode populationDate suppressedBelow\n    months { month flagsRaised reportsSent reportsOwnDistrict reportsElsewhere dismissals }\n    districts { districtCode districtName flagsRaised reportsSent reportsOwnDistrict reportsElsewhere dismissals }\n    municipalities { municipalityCode municipalityName districtCode flagsRaised reportsReceived dismissals population flagsPer1000 }\n    rules { ruleId titleDa titleEn reports judged relevant notRelevant alreadyKnown relevantShare }\n  }\n}": types.StatisticsDocument,
    "query Districts { policeDistricts { code name } }": types.DistrictsDocument,
};

/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PoliceSubjectExtract($personId: String!) {\n  subjectExtract(personId: $personId) {\n    personId name birthDate purposes\n    lookups { at actor role operation purpose outcome }\n    flags { flagId status rules relation versions }\n    reports { reference municipalityCode issueDate status asChild }\n  }\n}"): typeof import('./graphql').PoliceSubjectExtractDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SubjectPicker($query: String!) { subjectSearch(query: $query) { matches { personId name birthDate } } }"): typeof import('./graphql').SubjectPickerDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RiskRules { riskRules {\n  id titleDa titleEn description kind source weight enabled cypher settingsVersion\n  parameters { name type defaultValue value min max reason }\n} }"): typeof import('./graphql').RiskRulesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PreviewRules($parameters: String!, $asOf: Date) {\n  previewRules(parameters: $parameters, asOf: $asOf) { asOf clusters wouldFlag currentlyFlagged added removed }\n}"): typeof import('./graphql').PreviewRulesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SaveRuleSettings($ruleId: String!, $settings: String!, $expectedVersion: Int!, $confirmEmptyKeywords: Boolean) {\n  saveRuleSettings(ruleId: $ruleId, settings: $settings, expectedVersion: $expectedVersion, confirmEmptyKeywords: $confirmEmptyKeywords)\n}"): typeof import('./graphql').SaveRuleSettingsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SavePolicySettings($minContextRules: Int!, $expectedVersion: Int!) {\n  savePolicySettings(minContextRules: $minContextRules, expectedVersion: $expectedVersion)\n}"): typeof import('./graphql').SavePolicySettingsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RiskPolicy { riskPolicy { minContextRules version } }"): typeof import('./graphql').RiskPolicyDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RiskCategories {\n  riskCategories { version categories { code labelDa labelEn roles defaultRoles weight defaultWeight reason } }\n}"): typeof import('./graphql').RiskCategoriesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SaveCategorySettings($settings: String!, $expectedVersion: Int!) {\n  saveCategorySettings(settings: $settings, expectedVersion: $expectedVersion)\n}"): typeof import('./graphql').SaveCategorySettingsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RetentionPreview { retentionPreview {\n  casesDeletable casesKept indicatorsDeletable supportFlagsDeletable dismissedFlagsDeletable\n  categories { category cutoff deletable kept oldest newest }\n} }"): typeof import('./graphql').RetentionPreviewDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RunRetention { runRetention {\n  casesDeleted casesKept flagsDeleted indicatorsDeleted supportFlagsDeleted caseCutoff flagCutoff indicatorCutoff supportFlagCutoff\n} }"): typeof import('./graphql').RunRetentionDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RunScan($asOf: Date) {\n  runScan(asOf: $asOf) { asOf live clusters flagged newVersions deactivated matchingExisting noLongerFound settingsHash elapsedMs }\n}"): typeof import('./graphql').RunScanDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ScanStatus { scanStatus { lastScanAt lastScanSummary lastAttemptAt lastOutcome nextDueAt running intervalHours } }"): typeof import('./graphql').ScanStatusDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AuditLog($first: Int!, $beforeSeq: Int, $actor: String, $operation: String, $personId: String, $from: String, $to: String) {\n  auditLog(first: $first, beforeSeq: $beforeSeq, actor: $actor, operation: $operation, personId: $personId, from: $from, to: $to) {\n    seq at actor actorKind actorName role operation personIds persons { id name } purpose requestId outcome detail\n  }\n}"): typeof import('./graphql').AuditLogDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PersonAccessLog($personId: String!) { personAccessLog(personId: $personId) { at actor role operation purpose outcome } }"): typeof import('./graphql').PersonAccessLogDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query VerifyAuditLog { verifyAuditLog { intact checked problem problemSeq } }"): typeof import('./graphql').VerifyAuditLogDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Users { users { username role districtCode municipalityCode disabled lockedUntil } }"): typeof import('./graphql').UsersDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) }"): typeof import('./graphql').CreateUserDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment SharingBasisFields on SharingBasis { id legalBasis purpose fromSource toOrg validFrom validUntil createdBy createdByName }"): typeof import('./graphql').SharingBasisFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SharingBases($on: Date) { sharingBases(on: $on) { ...SharingBasisFields } }"): typeof import('./graphql').SharingBasesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation CreateSharingBasis($input: SharingBasisInput!) { createSharingBasis(input: $input) { ...SharingBasisFields } }"): typeof import('./graphql').CreateSharingBasisDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query AdminReference { policeDistricts { code name } municipalities { code name districtCode } }"): typeof import('./graphql').AdminReferenceDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment EndedSharingBasisFields on SharingBasis {\n  id legalBasis purpose fromSource toOrg validFrom validUntil createdBy createdByName endReason endedBy endedByName\n}"): typeof import('./graphql').EndedSharingBasisFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SharingBasesWithEnd($on: Date) { sharingBases(on: $on) { ...EndedSharingBasisFields } }"): typeof import('./graphql').SharingBasesWithEndDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation EndSharingBasis($id: String!, $reason: String!) { endSharingBasis(id: $id, reason: $reason) { ...EndedSharingBasisFields } }"): typeof import('./graphql').EndSharingBasisDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query UserAccounts { users { username fullName title role districtCode municipalityCode disabled lockedUntil lastSignInAt version } }"): typeof import('./graphql').UserAccountsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation UpdateUser($input: UserChangeInput!) { updateUser(input: $input) }"): typeof import('./graphql').UpdateUserDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SetUserActive($username: String!, $version: Int!, $active: Boolean!) {\n  setUserActive(username: $username, version: $version, active: $active)\n}"): typeof import('./graphql').SetUserActiveDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation UnlockUser($username: String!, $version: Int!) { unlockUser(username: $username, version: $version) }"): typeof import('./graphql').UnlockUserDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ResetUserPassword($username: String!, $version: Int!) {\n  resetUserPassword(username: $username, version: $version) { username temporaryPassword }\n}"): typeof import('./graphql').ResetUserPasswordDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment FamilyPersonFields on FamilyPerson {\n  id name sex birthDate deathDate age born deceased searched kin relation\n  history { addressChanges caseCounts { category subcategory labelDa labelEn role count } }\n  flags { id status }\n}"): typeof import('./graphql').FamilyPersonFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment TimelineAddressFields on TimelineAddress { id street postalCode city }"): typeof import('./graphql').TimelineAddressFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Family($personId: ID!, $depth: Int!, $asOf: Date) {\n  family(personId: $personId, depth: $depth, asOf: $asOf) {\n    rootId asOf depth\n    persons { ...FamilyPersonFields }\n    parentLinks { parentId childId }\n    partnerships { personA personB kind from to status }\n    households { addressId street postalCode city municipalityCode municipalityName memberIds residentCount parentElsewhere residents { personId since } }\n  }\n}"): typeof import('./graphql').FamilyDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Search($text: String!, $first: Int!, $after: String) {\n  searchPersons(text: $text, first: $first, after: $after) {\n    mode hasNextPage endCursor items { id name sex birthDate deathDate }\n  }\n}"): typeof import('./graphql').SearchDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Person($id: ID!, $first: Int!) {\n  person(id: $id) {\n    id name sex birthDate deathDate residencesTruncated\n    residences { addressId street postalCode city municipalityCode municipalityName from to }\n    kinship {\n      parents { id name } children { id name }\n      partners { kind from to person { id name } }\n    }\n    provenance { at action recordType key batchId source actor file line reason fields { field old new } }\n  }\n  personCases(personId: $id, first: $first) {\n    totalCount hasNextPage\n    items { caseId journalNo category categoryLabelDa categoryLabelEn subcategory occurredAt role districtCode districtName }\n  }\n}"): typeof import('./graphql').PersonDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FamilyTimeline($personId: ID!, $depth: Int!, $from: Date, $to: Date) {\n  familyTimeline(personId: $personId, depth: $depth, from: $from, to: $to) {\n    rootId from to truncated\n    events {\n      date kind personId otherPersonId caseId category subcategory categoryLabelDa categoryLabelEn role districtCode\n      fromAddress { ...TimelineAddressFields } toAddress { ...TimelineAddressFields }\n    }\n  }\n}"): typeof import('./graphql').FamilyTimelineDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query LetterMunicipality { municipalities { code name } }"): typeof import('./graphql').LetterMunicipalityDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SupportFlagAnswer($id: String!) {\n  supportFlag(id: $id) { id familyAnswer familyAnswerDate familyAnswerNote }\n}"): typeof import('./graphql').SupportFlagAnswerDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RecordFamilyAnswer($input: FamilyAnswerInput!) { recordFamilyAnswer(input: $input) }"): typeof import('./graphql').RecordFamilyAnswerDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment SupportFlagSummaryFields on SupportFlagSummary { id status active score ruleIds childCount municipalityCode createdAt asOf }"): typeof import('./graphql').SupportFlagSummaryFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SupportFlags($status: SupportFlagStatus, $first: Int!, $after: String) {\n  supportFlags(status: $status, first: $first, after: $after) { total endCursor items { ...SupportFlagSummaryFields } }\n}"): typeof import('./graphql').SupportFlagsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SupportCounts {\n  NEW: supportFlags(status: NEW, first: 1) { total }\n  OFFER_SUPPORT: supportFlags(status: OFFER_SUPPORT, first: 1) { total }\n  NO_ACTION: supportFlags(status: NO_ACTION, first: 1) { total }\n  ALREADY_KNOWN: supportFlags(status: ALREADY_KNOWN, first: 1) { total }\n}"): typeof import('./graphql').SupportCountsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SupportFlag($id: String!) {\n  supportFlag(id: $id) {\n    id status active score ruleIds childCount municipalityCode createdAt asOf wording scoreExplanation\n    members { personId name sex birthDate age relation livesWithChildren relations { childId relation } }\n    signals { ruleId ruleTitle kind weight personId value threshold margin explanation\n      evidence { kind id date category municipality } }\n    decisions { at actor decision note }\n    sharedPoliceHistory { personId category cases }\n    sharingBases { id legalBasis purpose fromSource toOrg validFrom validUntil }\n  }\n}"): typeof import('./graphql').SupportFlagDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation DecideSupportFlag($id: String!, $decision: SupportDecisionKind!, $note: String!) {\n  decideSupportFlag(id: $id, decision: $decision, note: $note)\n}"): typeof import('./graphql').DecideSupportFlagDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query PersonIndicators($personId: String!) {\n  personIndicators(personId: $personId) { id kind date municipalityCode detail }\n}"): typeof import('./graphql').PersonIndicatorsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RunMunicipalScan($asOf: Date, $maxChildAge: Int!) {\n  runMunicipalScan(asOf: $asOf, maxChildAge: $maxChildAge) { asOf municipalityCode clusters flagged }\n}"): typeof import('./graphql').RunMunicipalScanDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query MunicipalSubjectReport($personId: String!) {\n  municipalSubjectReport(personId: $personId) {\n    personId municipalityCode\n    indicators { id kind date municipalityCode detail }\n    flags { id status asOf rules decisions { at actor decision note } }\n  }\n}"): typeof import('./graphql').MunicipalSubjectReportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Municipalities { municipalities { code name districtCode } }"): typeof import('./graphql').MunicipalitiesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SubjectSearch($query: String!) {\n  subjectSearch(query: $query) { searchedBy matches { personId name birthDate } message }\n}"): typeof import('./graphql').SubjectSearchDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SubjectExtract($personId: String!) {\n  subjectExtract(personId: $personId) {\n    holder holderName personId name birthDate generatedAt purposes\n    lookups { at actor role operation what purpose outcome }\n  }\n}"): typeof import('./graphql').SubjectExtractDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment ParameterFields on SavedQueryParameter { name type required defaultValue min max description }"): typeof import('./graphql').ParameterFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment SavedQueryFields on SavedQuery {\n  name title description source timeoutMs scopes version origin owner updatedAt updatedBy updatedByName parameters { ...ParameterFields }\n}"): typeof import('./graphql').SavedQueryFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SavedQueries($search: String) { savedQueries(search: $search) { ...SavedQueryFields } }"): typeof import('./graphql').SavedQueriesDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query RunSavedQuery($name: String!, $params: JSON, $limit: Int) {\n  runSavedQuery(name: $name, params: $params, limit: $limit) {\n    name version columns rows rowCount truncated truncatedBy rowCap maxBytes elapsedMs csv\n    graph { truncated nodes { id labels caption personId properties } edges { id type source target properties } }\n  }\n}"): typeof import('./graphql').RunSavedQueryDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CheckSavedQuery($source: String!) {\n  checkSavedQuery(source: $source) { ok compiles readOnly queryType reasons warnings name title parameters { ...ParameterFields } }\n}"): typeof import('./graphql').CheckSavedQueryDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SaveSavedQuery($source: String!, $expectedVersion: Int) {\n  saveSavedQuery(source: $source, expectedVersion: $expectedVersion) { ...SavedQueryFields }\n}"): typeof import('./graphql').SaveSavedQueryDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation DeleteSavedQuery($name: String!) { deleteSavedQuery(name: $name) }"): typeof import('./graphql').DeleteSavedQueryDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query SavedQueryVersions($name: String!) {\n  savedQueryVersions(name: $name) { version title source savedBy savedByName savedAt }\n}"): typeof import('./graphql').SavedQueryVersionsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment ApiKeyFields on ApiKey { id name queries purpose organisation rateLimitPerMinute status createdBy createdAt expiresAt lastUsedAt }"): typeof import('./graphql').ApiKeyFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ApiKeys { apiKeys { ...ApiKeyFields } }"): typeof import('./graphql').ApiKeysDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation CreateApiKey($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { ...ApiKeyFields } } }"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RevokeApiKey($id: String!) { revokeApiKey(id: $id) { ...ApiKeyFields } }"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment FlagSummaryFields on FlagSummary { id status active score municipalityCode municipalityName districtCode ruleIds childCount assignee createdAt updatedAt asOf isNew\n  version readOnly ownerDistrictName reopenReason address { id street postalCode city municipalityCode } children { personId firstName age } }"): typeof import('./graphql').FlagSummaryFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Inbox($filter: FlagFilterInput, $first: Int!, $after: String) {\n  flags(filter: $filter, first: $first, after: $after) {\n    total endCursor newSince statusCounts { status count } items { ...FlagSummaryFields }\n  }\n}"): typeof import('./graphql').InboxDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation MarkInboxSeen { markInboxSeen }"): typeof import('./graphql').MarkInboxSeenDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query InboxReference {\n  municipalities { code name districtCode } riskRules { id titleDa titleEn source } policeDistricts { code name }\n}"): typeof import('./graphql').InboxReferenceDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Flag($id: String!, $lang: String!, $version: Int) {\n  flag(id: $id, lang: $lang, version: $version) {\n    id status active score municipalityCode municipalityName districtCode ruleIds childCount assignee createdAt updatedAt asOf isNew\n    version readOnly ownerDistrictName reopenReason address { id street postalCode city municipalityCode } children { personId firstName age } scoreExplanation dismissedAt reopenedAt viewingVersion reportVersion caseDistrictCodes\n    versions { n createdAt asOf score ruleIds reason settingsHash settingsVersion }\n    changes { since fromVersion toVersion scoreFrom scoreTo addressFrom addressTo membersAdded membersRemoved\n      signalsAdded { ruleId ruleTitle personName } signalsRemoved { ruleId ruleTitle personName }\n      evidenceAdded { ruleTitle personName kind id date } evidenceRemoved { ruleTitle personName kind id date } }\n    members { personId name sex birthDate age relation livesWithChildren relations { childId relation } }\n    signals { ruleId ruleTitle kind weight personId value threshold margin explanation currentCaseId historyCount historySince\n      evidence { kind id date category categoryLabel role district districtName municipality municipalityName detail matchedKeyword categoryWeight current\n        fromAddressId fromAddress toAddressId toAddress personId name age since relation } }\n  }\n}"): typeof import('./graphql').FlagDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "fragment FlagReviewFields on FlagReview { flagId status assignee assigneeName allowedTransitions canReport canApprove canRequestApproval\n  history { id at actor actorName kind fromStatus toStatus assignee assigneeName outcome note }\n  report { id flagId reference status version municipalityCode municipalityName senderDistrictName senderContact issueDate\n           legalBasis introduction children { name birthDate age } concern observed institution assessment authors authorNames\n           approvedBy approverName approvedAt requestedBy requestedAt returnComment returnedByName returnedAt reportedAt\n           createdAt updatedAt notice }\n  outcome { outcome note recordedBy recordedByName recordedAt } }"): typeof import('./graphql').FlagReviewFieldsFragmentDoc;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query FlagReview($id: String!) { flagReview(flagId: $id) { ...FlagReviewFields } }"): typeof import('./graphql').FlagReviewDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Assignable($id: String!) { assignableCoordinatorAccounts(flagId: $id) { username fullName } }"): typeof import('./graphql').AssignableDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ChangeStatus($input: FlagTransitionInput!) { changeFlagStatus(input: $input) { ...FlagReviewFields } }"): typeof import('./graphql').ChangeStatusDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation Assign($input: FlagAssignInput!) { assignFlag(input: $input) { ...FlagReviewFields } }"): typeof import('./graphql').AssignDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation SaveReport($input: ReportDraftInput!) { saveReportDraft(input: $input) { ...FlagReviewFields } }"): typeof import('./graphql').SaveReportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ApproveReport($input: ReportApprovalInput!) { approveReport(input: $input) { ...FlagReviewFields } }"): typeof import('./graphql').ApproveReportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RequestApproval($input: ReportStepInput!) { requestReportApproval(input: $input) { ...FlagReviewFields } }"): typeof import('./graphql').RequestApprovalDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation ReturnReport($input: ReportStepInput!) { returnReport(input: $input) { ...FlagReviewFields } }"): typeof import('./graphql').ReturnReportDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ApprovalQueue {\n  approvalQueue { flagId reportId reference version municipalityName childCount requestedByName requestedAt }\n}"): typeof import('./graphql').ApprovalQueueDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "mutation RecordOutcome($input: ReportOutcomeInput!) { recordReportOutcome(input: $input) { ...FlagReviewFields } }"): typeof import('./graphql').RecordOutcomeDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query ReportPreview($id: String!, $childIds: [String!]) {\n  reportPreview(flagId: $id, childIds: $childIds) { municipalityCode municipalityName children { name birthDate age } concern }\n}"): typeof import('./graphql').ReportPreviewDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query CaseDetail($flagId: String!, $caseId: String!) {\n  flagCaseDetail(flagId: $flagId, caseId: $caseId) {\n    caseId journalNo category categoryLabel occurredAt districtCode summary keywords involved { personId name birthDate role }\n  }\n}"): typeof import('./graphql').CaseDetailDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Statistics($from: String!, $to: String!, $district: String) {\n  reviewStatistics(fromMonth: $from, toMonth: $to, districtCode: $district) {\n    fromMonth toMonth districtCode populationDate suppressedBelow\n    months { month flagsRaised reportsSent reportsOwnDistrict reportsElsewhere dismissals }\n    districts { districtCode districtName flagsRaised reportsSent reportsOwnDistrict reportsElsewhere dismissals }\n    municipalities { municipalityCode municipalityName districtCode flagsRaised reportsReceived dismissals population flagsPer1000 }\n    rules { ruleId titleDa titleEn reports judged relevant notRelevant alreadyKnown relevantShare }\n  }\n}"): typeof import('./graphql').StatisticsDocument;
/**
 * The gql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function gql(source: "query Districts { policeDistricts { code name } }"): typeof import('./graphql').DistrictsDocument;


export function gql(source: string) {
  return (documents as any)[source] ?? {};
}
