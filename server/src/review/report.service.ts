import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, BadInputError } from '../common/app-error.js';
import { GraphService } from '../graph/graph.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { decodeSignals } from '../flags/index.js';
import { RuleRegistry } from '../risk/index.js';
import { buildReportContent, type ReportContent, type ReportRule } from './report-content.js';
import { municipalityTitle, toSocialReport } from './report-document.js';
import { ReviewAccess } from './review-access.js';
import { ReviewClock } from './review.clock.js';
import { eventId, flagIdOfReport, reportIdFor, reportReference } from './review-events.js';
import type { FlagState, ReportRow } from './review.rows.js';
import type { ReportPreviewModel, SocialReportModel } from './models/review.model.js';
import { NOTE_MAX } from './transitions.js';

export const ASSESSMENT_MIN = 30;
export const ASSESSMENT_MAX = 10_000;
export const OUTCOMES = ['RELEVANT', 'NOT_RELEVANT', 'ALREADY_KNOWN'] as const;

/** The social report: drafting from the flag's signals, four-eyes approval, the municipality's feedback. */
@Injectable()
export class ReportService {
  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ReviewAccess) private readonly access: ReviewAccess,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(RuleRegistry) private readonly rules: RuleRegistry,
    @Inject(ReviewClock) private readonly clock: ReviewClock,
  ) {}

  async preview(principal: Principal, purpose: string, flagId: string, childIds: string[] | null): Promise<ReportPreviewModel> {
    const state = await this.access.load(principal, flagId, 'reportPreview', purpose);
    const chosen = this.chosenChildren(state, childIds);
    const content = await this.content(state, chosen);
    const municipalityCode = await this.municipalityOf(state, chosen);
    await this.audit.record({
      actor: principal,
      operation: 'reportPreview',
      purpose,
      personIds: chosen,
      detail: { flagId: state.flag.id },
    });
    return {
      municipalityCode,
      municipalityName: municipalityTitle(municipalityCode, this.reference.municipality(municipalityCode)?.name ?? municipalityCode),
      children: content.children.map((c) => ({ name: c.name, birthDate: c.birthDate })),
      concern: content.concern,
    };
  }

  async saveDraft(
    principal: Principal,
    purpose: string,
    input: { flagId: string; assessment: string; childIds?: string[] | null },
  ): Promise<void> {
    const state = await this.access.load(principal, input.flagId, 'saveReportDraft', purpose);
    if (state.report?.status === 'REPORTED')
      throw new AppError('INVALID_TRANSITION', 'The report has been sent: it can no longer be changed');
    if (state.flag.status !== 'IN_REVIEW') {
      throw new AppError(
        'INVALID_TRANSITION',
        `A report is written while the flag is IN_REVIEW (it is ${state.flag.status}): take it into review first`,
        {
          from: state.flag.status,
        },
      );
    }
    const assessment = checkAssessment(input.assessment);
    const chosen = this.chosenChildren(state, input.childIds ?? null);
    const content = await this.content(state, chosen);
    const municipalityCode = await this.municipalityOf(state, chosen);
    const now = this.clock.now();
    const rows = await this.graph.write('review/save-report', {
      flagId: state.flag.id,
      reportId: reportIdFor(state.flag.id, state.flag.reportRound),
      reference: reportReference(now),
      flagVersion: state.flag.version,
      assessment,
      children: JSON.stringify(content.children),
      childIds: content.children.map((c) => c.personId),
      concern: content.concern,
      ruleIds: content.ruleIds,
      municipalityCode,
      actor: principal.id,
      eventId: eventId(state.flag.id),
      now: now.toISOString(),
    });
    if (rows.length === 0) throw new AppError('INVALID_TRANSITION', 'The flag or its report changed while you wrote: reload and try again');
    await this.audit.record({
      actor: principal,
      operation: 'saveReportDraft',
      purpose,
      personIds: chosen,
      detail: { flagId: state.flag.id },
    });
  }

  async approve(
    principal: Principal,
    purpose: string,
    input: { flagId: string; version: number; note?: string | null; confirmMunicipalityCode?: string | null },
  ): Promise<void> {
    const state = await this.access.load(principal, input.flagId, 'approveReport', purpose);
    const report = state.report;
    const refuse = async (code: 'INVALID_TRANSITION' | 'FORBIDDEN', message: string): Promise<never> => {
      await this.audit.record({
        actor: principal,
        operation: 'approveReport',
        purpose,
        outcome: 'denied',
        detail: { flagId: state.flag.id, reason: message },
      });
      throw new AppError(code, message, { flagId: state.flag.id });
    };
    if (principal.role !== 'coordinator') await refuse('FORBIDDEN', 'A report is approved by a second coordinator of the district');
    if (!report) return refuse('INVALID_TRANSITION', 'There is no report to approve');
    if (state.flag.status !== 'IN_REVIEW')
      await refuse('INVALID_TRANSITION', `Reports are approved while the flag is IN_REVIEW (it is ${state.flag.status})`);
    if (report.status !== 'DRAFT') await refuse('INVALID_TRANSITION', `The report is ${report.status}, not a draft awaiting approval`);
    if (report.authors.includes(principal.id)) {
      await refuse('FORBIDDEN', 'Four eyes: you wrote (part of) this report, so another coordinator of the district must approve it');
    }
    if (report.version !== input.version) {
      await refuse(
        'INVALID_TRANSITION',
        `The report changed since you read it (version ${input.version}, now ${report.version}): read it again`,
      );
    }
    const note = (input.note ?? '').trim();
    if (note.length > NOTE_MAX) throw new BadInputError('note', `is at most ${NOTE_MAX} characters`);
    // The report goes to the municipality where the children live now, which may have changed since the draft.
    const recipient = await this.municipalityOf(state, report.childIds ?? []);
    if (recipient !== report.municipalityCode && input.confirmMunicipalityCode !== recipient) {
      const name = (code: string) => this.reference.municipality(code)?.name ?? code;
      throw new AppError(
        'CONFLICT',
        `The children have moved since the draft was written: the report would go to ${name(recipient)} instead of ${name(report.municipalityCode)}. Confirm the new recipient to approve.`,
        { draftMunicipalityCode: report.municipalityCode, currentMunicipalityCode: recipient },
      );
    }
    const rows = await this.graph.write('review/approve-report', {
      flagId: state.flag.id,
      municipalityCode: recipient,
      reportId: report.id,
      version: input.version,
      actor: principal.id,
      note: note || 'Underretningen er godkendt (fire øjne)',
      eventId: eventId(state.flag.id),
      now: this.clock.now().toISOString(),
    });
    if (rows.length === 0) await refuse('INVALID_TRANSITION', 'The report changed while you approved it: read it again');
    await this.audit.record({
      actor: principal,
      operation: 'approveReport',
      purpose,
      personIds: report.childIds ?? [],
      detail: { flagId: state.flag.id, version: input.version },
    });
  }

  async recordOutcome(
    principal: Principal,
    purpose: string,
    input: { flagId: string; outcome: string; note?: string | null },
  ): Promise<void> {
    const state = await this.access.load(principal, input.flagId, 'recordReportOutcome', purpose);
    if (!(OUTCOMES as readonly string[]).includes(input.outcome))
      throw new BadInputError('outcome', `must be one of ${OUTCOMES.join(', ')}`);
    if (state.flag.status !== 'REPORTED' || state.report?.status !== 'REPORTED') {
      await this.audit.record({
        actor: principal,
        operation: 'recordReportOutcome',
        purpose,
        outcome: 'denied',
        detail: { flagId: state.flag.id },
      });
      throw new AppError('INVALID_TRANSITION', `Feedback is recorded on a reported flag (this one is ${state.flag.status})`, {
        from: state.flag.status,
      });
    }
    const note = (input.note ?? '').trim();
    if (note.length > NOTE_MAX) throw new BadInputError('note', `is at most ${NOTE_MAX} characters`);
    const rows = await this.graph.write('review/record-outcome', {
      flagId: state.flag.id,
      reportId: state.report.id,
      outcome: input.outcome,
      note: note || null,
      actor: principal.id,
      eventId: eventId(state.flag.id),
      now: this.clock.now().toISOString(),
    });
    if (rows.length === 0) throw new AppError('INVALID_TRANSITION', 'The flag changed meanwhile: reload it');
    await this.audit.record({
      actor: principal,
      operation: 'recordReportOutcome',
      purpose,
      personIds: state.report.childIds ?? [],
      detail: { flagId: state.flag.id, outcome: input.outcome },
    });
  }

  /** The report for printing (HTML, PDF); audited as a read of the children's data. */
  async document(principal: Principal, purpose: string, reportId: string, format: 'html' | 'pdf'): Promise<SocialReportModel> {
    const flagId = flagIdOfReport(reportId);
    const state = await this.access.load(principal, flagId, `report.${format}`, purpose, 'read', reportId.slice(0, 240));
    if (!state.report || state.report.id !== reportId) throw new AppError('NOT_FOUND', `Report "${reportId.slice(0, 200)}" was not found`);
    await this.audit.record({
      actor: principal,
      operation: `report.${format}`,
      purpose,
      personIds: state.report.childIds ?? [],
      detail: { flagId, reportId, status: state.report.status, version: state.report.version },
    });
    return this.toModel(state.report, state);
  }

  toModel(report: ReportRow, state: FlagState): SocialReportModel {
    const sender = report.reportingDistrictCode ?? state.flag.districtCode;
    return toSocialReport(report, {
      municipalityName: this.reference.municipality(report.municipalityCode)?.name ?? report.municipalityCode,
      senderDistrictName: this.reference.districts.find((d) => d.code === sender)?.name ?? sender,
    });
  }

  private chosenChildren(state: FlagState, childIds: string[] | null): string[] {
    const children = state.members.filter((m) => m.relation === 'child').map((m) => m.personId);
    if (childIds === null) return children.sort();
    const chosen = [...new Set(childIds.map((id) => id.slice(0, 200)))];
    const unknown = chosen.filter((id) => !children.includes(id));
    if (unknown.length > 0) throw new BadInputError('childIds', `are not children of this flag: ${unknown.join(', ')}`);
    if (chosen.length === 0) throw new BadInputError('childIds', 'choose at least one child');
    return chosen.sort();
  }

  private async content(state: FlagState, childIds: string[]): Promise<ReportContent> {
    const overrides = await this.rules.storedOverrides();
    const rules = new Map<string, ReportRule>(
      [...this.rules.effective(overrides).rules, ...this.rules.effective(overrides, 'municipal').rules].map((r) => [r.def.id, r]),
    );
    return buildReportContent({
      members: state.members,
      childIds,
      // the concern is what the counted rules found; a history signal is background, not a concern
      signals: decodeSignals(state.flag.signals).filter((s) => s.kind !== 'history'),
      rules,
      categoryLabel: (code) => this.reference.category(code)?.labelDa ?? code,
    });
  }

  /** The municipality where the chosen children live today; the flag's when the register has nothing newer. */
  async municipalityOf(state: FlagState, childIds: string[]): Promise<string> {
    const rows = await this.graph.read<{ personId: string; municipalityCode: string }>('review/children-municipality', {
      childIds,
      today: this.clock.today(),
    });
    const codes = [...new Set(rows.map((r) => r.municipalityCode))];
    if (codes.length > 1) {
      throw new BadInputError(
        'childIds',
        `the children live in different municipalities (${codes.join(', ')}): write one report per municipality`,
      );
    }
    return codes[0] ?? state.flag.municipalityCode;
  }
}

function checkAssessment(text: string): string {
  const value = (text ?? '').trim();
  if (value.length < ASSESSMENT_MIN) {
    throw new BadInputError(
      'assessment',
      `is required (at least ${ASSESSMENT_MIN} characters): describe the child — how the child is doing, what you know of the child’s situation — not only the adults’ history`,
    );
  }
  if (value.length > ASSESSMENT_MAX) throw new BadInputError('assessment', `is at most ${ASSESSMENT_MAX} characters`);
  return value;
}
