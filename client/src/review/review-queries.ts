// The review workflow's GraphQL documents. Reads of flags and reports carry the purpose header.

const SUMMARY = `id status active score municipalityCode municipalityName districtCode ruleIds childCount assignee createdAt updatedAt asOf isNew
  version readOnly ownerDistrictName reopenReason address { id street postalCode city municipalityCode } children { personId firstName age }`;

export const FLAGS = `query Inbox($filter: FlagFilterInput, $first: Int!, $after: String) {
  flags(filter: $filter, first: $first, after: $after) {
    total endCursor newSince statusCounts { status count } items { ${SUMMARY} }
  }
}`;

export const MARK_INBOX_SEEN = `mutation MarkInboxSeen { markInboxSeen }`;

export const INBOX_REFERENCE = `query InboxReference {
  municipalities { code name districtCode } riskRules { id titleDa titleEn source } policeDistricts { code name }
}`;

export const FLAG = `query Flag($id: String!, $lang: String!, $version: Int) {
  flag(id: $id, lang: $lang, version: $version) {
    ${SUMMARY} scoreExplanation dismissedAt reopenedAt viewingVersion reportVersion caseDistrictCodes
    versions { n createdAt asOf score ruleIds reason settingsHash settingsVersion }
    changes { since fromVersion toVersion scoreFrom scoreTo addressFrom addressTo membersAdded membersRemoved
      signalsAdded { ruleId ruleTitle personName } signalsRemoved { ruleId ruleTitle personName }
      evidenceAdded { ruleTitle personName kind id date } evidenceRemoved { ruleTitle personName kind id date } }
    members { personId name sex birthDate age relation livesWithChildren relations { childId relation } }
    signals { ruleId ruleTitle kind weight personId value threshold margin explanation currentCaseId historyCount historySince
      evidence { kind id date category categoryLabel role district municipality detail matchedKeyword categoryWeight current
        fromAddressId fromAddress toAddressId toAddress personId name age since relation } }
  }
}`;

const REVIEW = `flagId status assignee allowedTransitions canReport canApprove canRequestApproval
  history { id at actor kind fromStatus toStatus assignee outcome note }
  report { id flagId reference status version municipalityCode municipalityName senderDistrictName senderContact issueDate
           legalBasis introduction children { name birthDate age } concern observed institution assessment authors authorNames
           approvedBy approverName approvedAt requestedBy requestedAt returnComment returnedByName returnedAt reportedAt
           createdAt updatedAt notice }
  outcome { outcome note recordedBy recordedAt }`;

export const FLAG_REVIEW = `query FlagReview($id: String!) { flagReview(flagId: $id) { ${REVIEW} } }`;
export const ASSIGNABLE = `query Assignable($id: String!) { assignableCoordinators(flagId: $id) }`;
export const CHANGE_STATUS = `mutation ChangeStatus($input: FlagTransitionInput!) { changeFlagStatus(input: $input) { ${REVIEW} } }`;
export const ASSIGN = `mutation Assign($input: FlagAssignInput!) { assignFlag(input: $input) { ${REVIEW} } }`;
export const SAVE_REPORT = `mutation SaveReport($input: ReportDraftInput!) { saveReportDraft(input: $input) { ${REVIEW} } }`;
export const APPROVE_REPORT = `mutation ApproveReport($input: ReportApprovalInput!) { approveReport(input: $input) { ${REVIEW} } }`;
export const REQUEST_APPROVAL = `mutation RequestApproval($input: ReportStepInput!) { requestReportApproval(input: $input) { ${REVIEW} } }`;
export const RETURN_REPORT = `mutation ReturnReport($input: ReportStepInput!) { returnReport(input: $input) { ${REVIEW} } }`;
export const APPROVAL_QUEUE = `query ApprovalQueue {
  approvalQueue { flagId reportId reference version municipalityName childCount requestedByName requestedAt }
}`;
export const RECORD_OUTCOME = `mutation RecordOutcome($input: ReportOutcomeInput!) { recordReportOutcome(input: $input) { ${REVIEW} } }`;

export const REPORT_PREVIEW = `query ReportPreview($id: String!, $childIds: [String!]) {
  reportPreview(flagId: $id, childIds: $childIds) { municipalityCode municipalityName children { name birthDate age } concern }
}`;

export const CASE_DETAIL = `query CaseDetail($flagId: String!, $caseId: String!) {
  flagCaseDetail(flagId: $flagId, caseId: $caseId) {
    caseId journalNo category categoryLabel occurredAt districtCode summary keywords involved { personId name birthDate role }
  }
}`;
