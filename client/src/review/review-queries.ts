// The review workflow's GraphQL documents, typed from the server schema by `npm run codegen`.
// Reads of flags and reports carry the purpose header.
import { gql } from '../gql';

export const FLAG_SUMMARY =
  gql(`fragment FlagSummaryFields on FlagSummary { id status active score municipalityCode municipalityName districtCode ruleIds childCount assignee createdAt updatedAt asOf isNew
  version readOnly ownerDistrictName reopenReason address { id street postalCode city municipalityCode } children { personId firstName age } }`);

export const FLAGS = gql(`query Inbox($filter: FlagFilterInput, $first: Int!, $after: String) {
  flags(filter: $filter, first: $first, after: $after) {
    total endCursor newSince statusCounts { status count } items { ...FlagSummaryFields }
  }
}`);

export const MARK_INBOX_SEEN = gql(`mutation MarkInboxSeen { markInboxSeen }`);

export const INBOX_REFERENCE = gql(`query InboxReference {
  municipalities { code name districtCode } riskRules { id titleDa titleEn source } policeDistricts { code name }
}`);

export const FLAG = gql(`query Flag($id: String!, $lang: String!, $version: Int) {
  flag(id: $id, lang: $lang, version: $version) {
    id status active score municipalityCode municipalityName districtCode ruleIds childCount assignee createdAt updatedAt asOf isNew
    version readOnly ownerDistrictName reopenReason address { id street postalCode city municipalityCode } children { personId firstName age } scoreExplanation dismissedAt reopenedAt viewingVersion reportVersion caseDistrictCodes
    versions { n createdAt asOf score ruleIds reason settingsHash settingsVersion }
    changes { since fromVersion toVersion scoreFrom scoreTo addressFrom addressTo membersAdded membersRemoved
      signalsAdded { ruleId ruleTitle personName } signalsRemoved { ruleId ruleTitle personName }
      evidenceAdded { ruleTitle personName kind id date } evidenceRemoved { ruleTitle personName kind id date } }
    members { personId name sex birthDate age relation livesWithChildren relations { childId relation } }
    signals { ruleId ruleTitle kind weight personId value threshold margin explanation currentCaseId historyCount historySince
      evidence { kind id date category categoryLabel role district districtName municipality municipalityName detail matchedKeyword categoryWeight current
        fromAddressId fromAddress toAddressId toAddress personId name age since relation } }
  }
}`);

export const FLAG_REVIEW_FIELDS =
  gql(`fragment FlagReviewFields on FlagReview { flagId status assignee assigneeName allowedTransitions canReport canApprove canRequestApproval
  history { id at actor actorName kind fromStatus toStatus assignee assigneeName outcome note }
  report { id flagId reference status version municipalityCode municipalityName senderDistrictName senderContact issueDate
           legalBasis introduction children { name birthDate age } concern observed institution assessment authors authorNames
           approvedBy approverName approvedAt requestedBy requestedAt returnComment returnedByName returnedAt reportedAt
           createdAt updatedAt notice }
  outcome { outcome note recordedBy recordedByName recordedAt } }`);

export const FLAG_REVIEW = gql(`query FlagReview($id: String!) { flagReview(flagId: $id) { ...FlagReviewFields } }`);
export const ASSIGNABLE = gql(`query Assignable($id: String!) { assignableCoordinatorAccounts(flagId: $id) { username fullName } }`);
export const CHANGE_STATUS = gql(
  `mutation ChangeStatus($input: FlagTransitionInput!) { changeFlagStatus(input: $input) { ...FlagReviewFields } }`,
);
export const ASSIGN = gql(`mutation Assign($input: FlagAssignInput!) { assignFlag(input: $input) { ...FlagReviewFields } }`);
export const SAVE_REPORT = gql(`mutation SaveReport($input: ReportDraftInput!) { saveReportDraft(input: $input) { ...FlagReviewFields } }`);
export const APPROVE_REPORT = gql(
  `mutation ApproveReport($input: ReportApprovalInput!) { approveReport(input: $input) { ...FlagReviewFields } }`,
);
export const REQUEST_APPROVAL = gql(
  `mutation RequestApproval($input: ReportStepInput!) { requestReportApproval(input: $input) { ...FlagReviewFields } }`,
);
export const RETURN_REPORT = gql(`mutation ReturnReport($input: ReportStepInput!) { returnReport(input: $input) { ...FlagReviewFields } }`);
export const APPROVAL_QUEUE = gql(`query ApprovalQueue {
  approvalQueue { flagId reportId reference version municipalityName childCount requestedByName requestedAt }
}`);
export const RECORD_OUTCOME = gql(
  `mutation RecordOutcome($input: ReportOutcomeInput!) { recordReportOutcome(input: $input) { ...FlagReviewFields } }`,
);

export const REPORT_PREVIEW = gql(`query ReportPreview($id: String!, $childIds: [String!]) {
  reportPreview(flagId: $id, childIds: $childIds) { municipalityCode municipalityName children { name birthDate age } concern }
}`);

export const CASE_DETAIL = gql(`query CaseDetail($flagId: String!, $caseId: String!) {
  flagCaseDetail(flagId: $flagId, caseId: $caseId) {
    caseId journalNo category categoryLabel occurredAt districtCode summary keywords involved { personId name birthDate role }
  }
}`);
