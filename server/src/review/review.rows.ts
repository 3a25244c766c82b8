import type { MemberView, PersonRow } from '../flags/index.js';

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
    /** JSON, decoded by the flags codec */
    members: string | null;
    assignee: string | null;
    dismissedAt: string | null;
    caseDistrictCodes: string[] | null;
    /** the current version (what a report written now cites) */
    version: number;
    /** 1, or more after a reported flag came back with new evidence */
    reportRound: number;
  };
  persons: PersonRow[];
  report: ReportRow | null;
}

/** The flag state with its members decoded (what the services work with). */
export interface FlagState extends Omit<FlagStateRow, 'persons'> {
  members: MemberView[];
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
  /** the flag version the report was written on */
  flagVersion: number | null;
  /** the flag version the approval covers */
  approvedFlagVersion: number | null;
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
