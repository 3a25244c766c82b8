// The review workflow's shapes, named for the pages: each is taken from the types GraphQL Code
// Generator derives from the server schema and the operations in review-queries.ts (nothing
// here is written by hand, so a schema change shows up as a type error).
import type {
  ApprovalQueueQuery,
  CaseDetailQuery,
  FlagQuery,
  FlagReviewFieldsFragment,
  FlagStatus,
  FlagSummaryFieldsFragment,
  InboxQuery,
  InboxReferenceQuery,
  ReportPreviewQuery,
} from '../gql/graphql';

export type { FlagStatus };
export type FlagPage = InboxQuery['flags'];
export type StatusCount = FlagPage['statusCounts'][number];
export type FlagSummary = FlagSummaryFieldsFragment;
export type FlagDetail = NonNullable<FlagQuery['flag']>;
export type Signal = FlagDetail['signals'][number];
export type Evidence = Signal['evidence'][number];
export type FlagMember = FlagDetail['members'][number];
export type FlagVersionSummary = FlagDetail['versions'][number];
export type FlagChanges = NonNullable<FlagDetail['changes']>[number];
export type FlagSignalRef = FlagChanges['signalsAdded'][number];
export type FlagEvidenceRef = FlagChanges['evidenceAdded'][number];
export type FlagReview = FlagReviewFieldsFragment;
export type FlagEvent = FlagReview['history'][number];
export type SocialReport = NonNullable<FlagReview['report']>;
export type ReportPreview = ReportPreviewQuery['reportPreview'];
export type CaseDetail = CaseDetailQuery['flagCaseDetail'];
export type RiskRuleRef = InboxReferenceQuery['riskRules'][number];
export type MunicipalityRef = InboxReferenceQuery['municipalities'][number];
export type ApprovalQueueItem = ApprovalQueueQuery['approvalQueue'][number];
