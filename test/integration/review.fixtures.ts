import { IngestService } from '../../server/src/ingest/ingest.service.js';
import { flagIdFor, recheckAt } from '../support/flags.js';
import type { Client, TestApp } from '../support/app.js';
import { RecordBuilder } from '../support/builder.js';

/** The review workflow's GraphQL, shared by the review tests. */
export const REVIEW_FIELDS = `flagId status assignee allowedTransitions canReport canApprove
  history { at actor actorName kind fromStatus toStatus assignee note outcome }
  canRequestApproval
  report { id flagId reference status version municipalityCode municipalityName senderDistrictName senderContact issueDate
           legalBasis introduction children { name birthDate age } concern observed institution assessment authors authorNames
           approvedBy approverName approvedAt requestedBy requestedAt returnComment returnedByName returnedAt reportedAt
           createdAt updatedAt notice }
  outcome { outcome note recordedBy recordedAt }`;

export interface ReviewView {
  flagId: string;
  status: string;
  assignee: string | null;
  allowedTransitions: string[];
  canReport: boolean;
  canApprove: boolean;
  canRequestApproval: boolean;
  history: {
    at: string;
    actor: string;
    kind: string;
    fromStatus: string | null;
    toStatus: string | null;
    assignee: string | null;
    note: string | null;
    outcome: string | null;
  }[];
  report:
    | (Record<string, unknown> & {
        status: string;
        version: number;
        children: { name: string; birthDate: string }[];
        concern: string[];
        assessment: string;
        observed: string | null;
        institution: string | null;
        authors: string[];
        authorNames: string[];
        approvedBy: string | null;
        approverName: string | null;
        returnComment: string | null;
        senderContact: string[];
        issueDate: string;
        legalBasis: string;
      })
    | null;
  outcome: { outcome: string; note: string | null; recordedBy: string; recordedAt: string } | null;
}

export const CHANGE = `mutation($i: FlagTransitionInput!) { changeFlagStatus(input: $i) { ${REVIEW_FIELDS} } }`;
export const ASSIGN = `mutation($i: FlagAssignInput!) { assignFlag(input: $i) { ${REVIEW_FIELDS} } }`;
export const SAVE = `mutation($i: ReportDraftInput!) { saveReportDraft(input: $i) { ${REVIEW_FIELDS} } }`;
export const APPROVE = `mutation($i: ReportApprovalInput!) { approveReport(input: $i) { ${REVIEW_FIELDS} } }`;
export const REQUEST = `mutation($i: ReportStepInput!) { requestReportApproval(input: $i) { ${REVIEW_FIELDS} } }`;
export const RETURN = `mutation($i: ReportStepInput!) { returnReport(input: $i) { ${REVIEW_FIELDS} } }`;
export const OUTCOME = `mutation($i: ReportOutcomeInput!) { recordReportOutcome(input: $i) { ${REVIEW_FIELDS} } }`;
export const VIEW = `query($id: String!) { flagReview(flagId: $id) { ${REVIEW_FIELDS} } }`;

export const ASSESSMENT = 'Pigen virker stille og træt i skolen ifølge politiets kontakt; hun har selv fortalt om uro i hjemmet om natten.';
export const OBSERVED = 'Ved politiets besøg i marts sad pigen alene på trappen og sagde, at hun ikke turde gå ind.';
export const INSTITUTION = 'Vestbyens Skole, 3. klasse';

/**
 * A family whose child lives with the mother (and a younger brother) while the father, living
 * elsewhere, is charged again and again: the child's cluster is flagged by the risk engine.
 */
export function flaggedFamily(
  prefix: string,
  opts: { municipalityCode?: string; caseDates?: string[]; district?: string } = {},
): RecordBuilder {
  const b = new RecordBuilder(prefix);
  const m = opts.municipalityCode ?? '851';
  b.person('mor', 'F', '1985-05-05').person('far', 'M', '1983-03-03').person('barn', 'F', '2015-09-09').person('bror', 'M', '2018-02-02');
  b.address('hjem', m).address('farshjem', m);
  b.lives('mor', 'hjem', '2014-01-01')
    .lives('barn', 'hjem', '2015-09-09')
    .lives('bror', 'hjem', '2018-02-02')
    .lives('far', 'farshjem', '2016-01-01');
  b.parent('mor', 'barn').parent('far', 'barn').parent('mor', 'bror').parent('far', 'bror');
  for (const date of opts.caseDates ?? ['2024-01-10', '2024-02-10', '2024-03-10']) {
    b.case(
      'vold',
      date,
      [
        ['far', 'charged'],
        ['mor', 'victim'],
      ],
      opts.district ?? 'NJY',
      {
        summary: `HEMMELIGT-RESUME ${prefix} skænderi i opgangen`,
        keywords: ['HEMMELIGT-NØGLEORD'],
      },
    );
  }
  return b;
}

/** Loads the family and lets the risk engine raise its flag; returns the flag id. */
export async function raiseFlag(t: TestApp, b: RecordBuilder, asOf = '2025-03-01', now?: Date): Promise<string> {
  await t.app.get(IngestService).writer.writeTrusted(b.records);
  const result = await recheckAt(t, [b.id('barn')], asOf, now);
  const id = flagIdFor(b.id('barn'));
  if (!result.hits.some((h) => h.flagId === id)) throw new Error(`the family ${b.prefix} was not flagged`);
  return id;
}

export async function change(c: Client, flagId: string, status: string, note = `Note: ${status}`, assignee?: string): Promise<ReviewView> {
  const data = await c.ok<{ changeFlagStatus: ReviewView }>(CHANGE, { i: { flagId, status, note, ...(assignee ? { assignee } : {}) } });
  return data.changeFlagStatus;
}

/** Saves a draft (with the structured description of the child) and, unless told not to, asks for approval. */
export async function draft(
  c: Client,
  flagId: string,
  assessment = ASSESSMENT,
  childIds?: string[],
  opts: { request?: boolean } = {},
): Promise<ReviewView> {
  const data = await c.ok<{ saveReportDraft: ReviewView }>(SAVE, {
    i: { flagId, assessment, observed: OBSERVED, institution: INSTITUTION, ...(childIds ? { childIds } : {}) },
  });
  if (opts.request === false) return data.saveReportDraft;
  return requestApproval(c, flagId, data.saveReportDraft.report!.version);
}

export async function requestApproval(c: Client, flagId: string, version: number): Promise<ReviewView> {
  const data = await c.ok<{ requestReportApproval: ReviewView }>(REQUEST, { i: { flagId, version } });
  return data.requestReportApproval;
}

export async function approve(c: Client, flagId: string, version: number): Promise<ReviewView> {
  const data = await c.ok<{ approveReport: ReviewView }>(APPROVE, { i: { flagId, version, note: 'Godkendt' } });
  return data.approveReport;
}

export function codeOf(result: { errors?: { extensions?: { code?: string } }[] }): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
