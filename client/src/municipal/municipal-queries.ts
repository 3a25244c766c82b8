// The municipal GraphQL documents, typed from the server schema by `npm run codegen`.
// Reads of support flags and indicators carry the purpose header.
import { gql } from '../gql';

gql(
  `fragment SupportFlagSummaryFields on SupportFlagSummary { id status active score ruleIds childCount municipalityCode createdAt asOf }`,
);

export const SUPPORT_FLAGS = gql(`query SupportFlags($status: SupportFlagStatus, $first: Int!, $after: String) {
  supportFlags(status: $status, first: $first, after: $after) { total endCursor items { ...SupportFlagSummaryFields } }
}`);

/**
 * The tab counts. The API has no status counts for support flags, so each tab asks for its total
 * (one request, aliased; the smallest page the API allows).
 */
export const SUPPORT_COUNTS = gql(`query SupportCounts {
  NEW: supportFlags(status: NEW, first: 1) { total }
  OFFER_SUPPORT: supportFlags(status: OFFER_SUPPORT, first: 1) { total }
  NO_ACTION: supportFlags(status: NO_ACTION, first: 1) { total }
  ALREADY_KNOWN: supportFlags(status: ALREADY_KNOWN, first: 1) { total }
}`);

export const SUPPORT_FLAG = gql(`query SupportFlag($id: String!) {
  supportFlag(id: $id) {
    id status active score ruleIds childCount municipalityCode createdAt asOf wording scoreExplanation
    members { personId name sex birthDate age relation livesWithChildren relations { childId relation } }
    signals { ruleId ruleTitle kind weight personId value threshold margin explanation
      evidence { kind id date category municipality } }
    decisions { at actor decision note }
    sharedPoliceHistory { personId category cases }
    sharingBases { id legalBasis purpose fromSource toOrg validFrom validUntil }
  }
}`);

export const DECIDE = gql(`mutation DecideSupportFlag($id: String!, $decision: SupportDecisionKind!, $note: String!) {
  decideSupportFlag(id: $id, decision: $decision, note: $note)
}`);

export const PERSON_INDICATORS = gql(`query PersonIndicators($personId: String!) {
  personIndicators(personId: $personId) { id kind date municipalityCode detail }
}`);

export const RUN_SCAN = gql(`mutation RunMunicipalScan($asOf: Date, $maxChildAge: Int!) {
  runMunicipalScan(asOf: $asOf, maxChildAge: $maxChildAge) { asOf municipalityCode clusters flagged }
}`);

export const SUBJECT_REPORT = gql(`query MunicipalSubjectReport($personId: String!) {
  municipalSubjectReport(personId: $personId) {
    personId municipalityCode
    indicators { id kind date municipalityCode detail }
    flags { id status asOf rules decisions { at actor decision note } }
  }
}`);

export const MUNICIPALITIES = gql(`query Municipalities { municipalities { code name districtCode } }`);

export const SUBJECT_SEARCH = gql(`query SubjectSearch($query: String!) {
  subjectSearch(query: $query) { searchedBy matches { personId name birthDate } message }
}`);

export const SUBJECT_EXTRACT = gql(`query SubjectExtract($personId: String!) {
  subjectExtract(personId: $personId) {
    holder holderName personId name birthDate generatedAt purposes
    lookups { at actor role operation what purpose outcome }
  }
}`);
