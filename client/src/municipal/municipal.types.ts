// Shapes of the municipal GraphQL answers, taken from the types GraphQL Code Generator derives
// from server/schema.graphql and the operations in municipal-queries.ts (none written by hand).
import type {
  MunicipalSubjectReportQuery,
  PersonIndicatorsQuery,
  RunMunicipalScanMutation,
  SupportDecisionKind,
  SupportFlagQuery,
  SupportFlagStatus,
  SupportFlagsQuery,
} from '../gql/graphql';

/** The statuses the inbox has tabs for (a CLOSED offer is found under its decision's history). */
export type SupportStatus = Exclude<SupportFlagStatus, 'CLOSED'>;
export const SUPPORT_STATUSES: readonly SupportStatus[] = ['NEW', 'OFFER_SUPPORT', 'NO_ACTION', 'ALREADY_KNOWN'];

export type { SupportDecisionKind };
export const SUPPORT_DECISIONS: readonly SupportDecisionKind[] = ['OFFER_SUPPORT', 'NO_ACTION', 'ALREADY_KNOWN'];

export type SupportFlagPage = SupportFlagsQuery['supportFlags'];
export type SupportFlagSummary = SupportFlagPage['items'][number];
export type SupportFlag = SupportFlagQuery['supportFlag'];
export type SupportDecision = SupportFlag['decisions'][number];
export type SharingBasis = SupportFlag['sharingBases'][number];
export type SharedCaseCount = SupportFlag['sharedPoliceHistory'][number];
export type SupportSignal = SupportFlag['signals'][number];
export type Indicator = PersonIndicatorsQuery['personIndicators'][number];
export type SubjectReport = MunicipalSubjectReportQuery['municipalSubjectReport'];
export type ScanReport = RunMunicipalScanMutation['runMunicipalScan'];
