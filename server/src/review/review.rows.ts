import type { ReportMember } from './report-content.js';

/** Rows of cypher/review/*.cypher (plain values, see graph/convert.ts). */
export interface FlagStateRow {
  flag: {
    id: string;
    status: string;
    active: boolean;
    districtCode: string;
    municipalityCode: string;
    childIds: string[] | null;
    ruleIds: string[] | null;
    signals: string;
    assignee: string | null;
    dismissedAt: string | null;
  };
  members: ReportMember[];
  report: ReportRow | null;
}

export interface ReportRow {
  id: string;
  flagId: string;
  reference: string;
  status: string;
  version: number;
  /** JSON: [{personId, name, birthDate}] */
  children: string;
  childIds: string[];
  concern: string[];
  ruleIds: string[];
  assessment: string;
  observed: string | null;
  institution: string | null;
  authors: string[];
  authorNames: string[] | null;
  municipalityCode: string;
  approvedBy: string | null;
  approvedVersion: number | null;
  approverName: string | null;
  /** the district's contact block as approved (null before approval: the current block is used) */
  senderContact: string[] | null;
  requestedBy: string | null;
  requestedAt: string | null;
  returnedByName: string | null;
  returnedAt: string | null;
  returnComment: string | null;
  /** the letter's date, fixed when it was approved */
  issueDate: string | null;
  reportedBy: string | null;
  reportingDistrictCode: string | null;
  municipalityDistrictCode: string | null;
  outcome: string | null;
  outcomeNote: string | null;
  outcomeBy: string | null;
  createdAt: string;
  updatedAt: string;
  approvedAt: string | null;
  reportedAt: string | null;
  outcomeAt: string | null;
}

export interface FlagEventRow {
  id: string;
  at: string;
  actor: string;
  kind: string;
  fromStatus: string | null;
  toStatus: string | null;
  assignee: string | null;
  note: string | null;
  outcome: string | null;
}
