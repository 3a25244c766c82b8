import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, BadInputError, NotFoundError, THING, type Message } from '../common/app-error.js';
import { GraphService } from '../graph/graph.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { decodeSignals } from '../flags/index.js';
import { RuleRegistry } from '../risk/index.js';
import { buildReportContent, type ReportContent, type ReportRule } from './report-content.js';
import { checkDescription } from './report-description.js';
import { municipalityTitle, toSocialReport } from './report-document.js';
import { ageOn, defaultDistrictContact } from './report-letter.js';
import { ReviewAccess } from './review-access.js';
import { ReviewClock } from './review.clock.js';
import { flagStatusIn, reportStatusIn } from './status-labels.js';
import { eventId, flagIdOfReport, reportIdFor, reportReference } from './review-events.js';
import type { FlagState, ReportRow } from './review.rows.js';
import type { ApprovalQueueItemModel, DistrictContactModel, ReportPreviewModel, SocialReportModel } from './models/review.model.js';
import { checkNote, NOTE_MAX } from './transitions.js';
import { STEP_NOTES } from './system-notes.js';

import { OUTCOMES } from './review-enums.js';

export { OUTCOMES };

const QUEUE_MAX = 200;
const CONTACT_LINES_MAX = 8;

/** A four-eyes step: who may take it (an author, or anyone but an author), from which statuses, to which. */
const STEPS = {
  request: { who: 'author', from: ['DRAFT', 'RETURNED'], to: 'AWAITING_APPROVAL', kind: 'report-requested' },
  approve: { who: 'other', from: ['AWAITING_APPROVAL'], to: 'APPROVED', kind: 'report-approved' },
  return: { who: 'other', from: ['AWAITING_APPROVAL'], to: 'RETURNED', kind: 'report-returned' },
} as const;
export type ReportStep = keyof typeof STEPS;

const STEP_OPERATION: Record<ReportStep, string> = {
  request: 'requestReportApproval',
  approve: 'approveReport',
  return: 'returnReport',
};

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
      children: content.children.map((c) => ({ name: c.name, birthDate: c.birthDate, age: ageOn(c.birthDate, this.clock.today()) })),
      concern: content.concern,
    };
  }

  async saveDraft(
    principal: Principal,
    purpose: string,
    input: { flagId: string; assessment: string; observed?: string | null; institution?: string | null; childIds?: string[] | null },
  ): Promise<void> {
    const state = await this.access.load(principal, input.flagId, 'saveReportDraft', purpose);
    if (state.report?.status === 'REPORTED')
      throw new AppError('INVALID_TRANSITION', {
        da: 'Underretningen er sendt: den kan ikke længere ændres',
        en: 'The report has been sent: it can no longer be changed',
      });
    if (state.flag.status !== 'IN_REVIEW') {
      throw new AppError(
        'INVALID_TRANSITION',
        {
          da: `En underretning skrives, mens markeringen er under behandling (den er ${flagStatusIn(state.flag.status, 'da')}): tag den under behandling først`,
          en: `A report is written while the flag is in review (it is ${flagStatusIn(state.flag.status, 'en')}): take it into review first`,
        },
        {
          from: state.flag.status,
        },
      );
    }
    const observed = checkDescription('observed', input.observed);
    const institution = checkDescription('institution', input.institution);
    const assessment = checkDescription('assessment', input.assessment);
    const author = await this.signature(principal.id);
    const chosen = this.chosenChildren(state, input.childIds ?? null);
    const content = await this.content(state, chosen);
    const municipalityCode = await this.municipalityOf(state, chosen);
    const now = this.clock.now();
    const rows = await this.graph.write('review/save-report', {
      flagId: state.flag.id,
      reportId: reportIdFor(state.flag.id, state.flag.reportRound),
      flagVersion: state.flag.version,
      reference: reportReference(now),
      assessment,
      observed,
      institution,
      actorName: author,
      children: JSON.stringify(content.children),
      childIds: content.children.map((c) => c.personId),
      concern: content.concern,
      ruleIds: content.ruleIds,
      municipalityCode,
      actor: principal.id,
      eventId: eventId(state.flag.id),
      now: now.toISOString(),
    });
    if (rows.length === 0)
      throw new AppError('INVALID_TRANSITION', {
        da: 'Markeringen eller dens underretning blev ændret, mens du skrev: genindlæs, og prøv igen',
        en: 'The flag or its report changed while you wrote: reload and try again',
      });
    await this.audit.record({
      actor: principal,
      operation: 'saveReportDraft',
      purpose,
      personIds: chosen,
      detail: { flagId: state.flag.id },
    });
  }

  /**
   * A four-eyes step. The authoritative check runs in the database after the report's write lock
   * is taken: of concurrent steps exactly one wins and the others get CONFLICT with the state as
   * it is now. An author approving or returning their own report gets FORBIDDEN.
   */
  async step(
    principal: Principal,
    purpose: string,
    step: ReportStep,
    input: { flagId: string; version: number; comment?: string | null; note?: string | null; confirmMunicipalityCode?: string | null },
  ): Promise<void> {
    const operation = STEP_OPERATION[step];
    const state = await this.access.load(principal, input.flagId, operation, purpose);
    const rule = STEPS[step];
    const refuse = async (code: 'CONFLICT' | 'FORBIDDEN', message: Message, details: Record<string, unknown> = {}): Promise<never> => {
      await this.audit.record({
        actor: principal,
        operation,
        purpose,
        outcome: 'denied',
        detail: { flagId: state.flag.id, reason: message.en },
      });
      throw new AppError(code, message, { flagId: state.flag.id, ...details });
    };
    if (principal.role !== 'coordinator')
      await refuse('FORBIDDEN', {
        da: 'Fire-øjne-trinene tages af kredsens koordinatorer',
        en: 'The four-eyes steps are taken by coordinators of the district',
      });
    if (!state.report)
      return refuse(
        'CONFLICT',
        { da: 'Der er ingen underretning endnu: skriv og gem den først', en: 'There is no report yet: write and save it first' },
        { status: null },
      );
    const comment =
      step === 'return' ? checkNote(input.comment, 'comment') : (input.comment ?? input.note ?? '').trim().slice(0, NOTE_MAX) || null;
    const contact = step === 'approve' ? (await this.contact(state.flag.districtCode)).lines : null;
    // An approval sends the report to the municipality where the children live now, which may have
    // changed since the draft was written: the approver sees both and confirms the new one.
    const recipient = step === 'approve' ? await this.municipalityOf(state, state.report.childIds ?? []) : null;
    if (recipient !== null && recipient !== state.report.municipalityCode && input.confirmMunicipalityCode !== recipient) {
      const name = (code: string) => this.reference.municipality(code)?.name ?? code;
      await refuse(
        'CONFLICT',
        {
          da: `Børnene er flyttet, siden udkastet blev skrevet: underretningen ville gå til ${name(recipient)} i stedet for ${name(state.report.municipalityCode)}. Bekræft den nye modtager for at godkende.`,
          en: `The children have moved since the draft was written: the report would go to ${name(recipient)} instead of ${name(state.report.municipalityCode)}. Confirm the new recipient to approve.`,
        },
        { draftMunicipalityCode: state.report.municipalityCode, currentMunicipalityCode: recipient },
      );
    }
    const [row] = await this.graph.write<{ ok: boolean; isAuthor: boolean; flagStatus: string; status: string; version: number }>(
      'review/report-step',
      {
        flagId: state.flag.id,
        reportId: state.report.id,
        municipalityCode: recipient,
        version: input.version,
        who: rule.who,
        from: [...rule.from],
        to: rule.to,
        kind: rule.kind,
        actor: principal.id,
        actorName: await this.signature(principal.id),
        senderContact: contact,
        comment,
        note: comment ?? STEP_NOTES[step].da, // stored in Danish, shown in the reader's language (system-notes.ts)
        eventId: eventId(state.flag.id),
        now: this.clock.now().toISOString(),
        today: this.clock.today(),
      },
    );
    if (!row)
      return refuse(
        'CONFLICT',
        { da: 'Der er ingen underretning endnu: skriv og gem den først', en: 'There is no report yet: write and save it first' },
        { status: null },
      );
    if (!row.ok) {
      if (rule.who === 'other' && row.isAuthor)
        await refuse('FORBIDDEN', {
          da: 'Fire øjne: du har skrevet (dele af) underretningen, så en anden koordinator i kredsen skal godkende den',
          en: 'Four eyes: you wrote (part of) this report, so another coordinator of the district must approve it',
        });
      if (rule.who === 'author' && !row.isAuthor)
        await refuse('FORBIDDEN', {
          da: 'Kun en forfatter til underretningen beder om godkendelse',
          en: 'Only an author of the report asks for its approval',
        });
      const flagNow = (lang: 'da' | 'en') =>
        row.flagStatus === 'IN_REVIEW'
          ? ''
          : lang === 'da'
            ? ` og markeringen er ${flagStatusIn(row.flagStatus, 'da')}`
            : ` and the flag is ${flagStatusIn(row.flagStatus, 'en')}`;
      const stepDa = { request: 'bede om godkendelse', approve: 'godkende', return: 'sende tilbage' } as Record<string, string>;
      const message = {
        da: `Kan ikke ${stepDa[step] ?? step}: underretningen er ${reportStatusIn(row.status, 'da')} i version ${row.version}${flagNow('da')} (du læste version ${input.version})`,
        en: `Cannot ${step === 'request' ? 'request approval' : step}: the report is ${reportStatusIn(row.status, 'en')} in version ${row.version}${flagNow('en')} (you read version ${input.version})`,
      };
      await refuse('CONFLICT', message, {
        status: row.status,
        version: row.version,
        flagStatus: row.flagStatus,
      });
    }
    await this.audit.record({
      actor: principal,
      operation,
      purpose,
      personIds: state.report.childIds ?? [],
      detail: { flagId: state.flag.id, version: input.version, to: rule.to },
    });
  }

  /** Reports of the coordinator's district that await a second pair of eyes, which they did not write. */
  async approvalQueue(principal: Principal): Promise<ApprovalQueueItemModel[]> {
    if (principal.role !== 'coordinator' || !principal.districtCode) return [];
    const rows = await this.graph.read<Omit<ApprovalQueueItemModel, 'municipalityName'> & { municipalityCode: string }>(
      'review/approval-queue',
      { districtCode: principal.districtCode, actor: principal.id, limit: QUEUE_MAX },
    );
    return rows.map(({ municipalityCode, ...r }) => ({
      ...r,
      municipalityName: municipalityTitle(municipalityCode, this.reference.municipality(municipalityCode)?.name ?? municipalityCode),
    }));
  }

  /** A district's contact block: the configured one, else the default. */
  async contact(districtCode: string): Promise<DistrictContactModel> {
    const district = this.reference.districts.find((d) => d.code === districtCode);
    if (!district)
      throw new BadInputError('districtCode', {
        da: `"${districtCode.slice(0, 20)}" er ikke en politikreds`,
        en: `"${districtCode.slice(0, 20)}" is not a police district`,
      });
    const [row] = await this.graph.read<{ lines: string[] | null }>('review/district-contact', { districtCode });
    const lines = row?.lines?.length ? row.lines : null;
    return {
      districtCode,
      districtName: district.name,
      lines: lines ?? defaultDistrictContact(district.code, district.name),
      configured: lines !== null,
    };
  }

  async setContact(principal: Principal, districtCode: string, input: string[]): Promise<DistrictContactModel> {
    await this.contact(districtCode);
    const lines = input.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    if (lines.length === 0 || lines.length > CONTACT_LINES_MAX)
      throw new BadInputError('lines', {
        da: `angiv 1-${CONTACT_LINES_MAX} linjer: enhed, adresse, telefon, e-mail`,
        en: `give 1-${CONTACT_LINES_MAX} lines: unit, address, telephone, e-mail`,
      });
    const long = lines.findIndex((l) => l.length > 120);
    if (long >= 0) throw new BadInputError(`lines[${long}]`, { da: 'må højst være 120 tegn', en: 'is at most 120 characters' });
    await this.graph.write('review/set-district-contact', {
      districtCode,
      lines,
      actor: principal.id,
      now: this.clock.now().toISOString(),
    });
    await this.audit.record({ actor: principal, operation: 'setDistrictContact', detail: { districtCode, lines } });
    return this.contact(districtCode);
  }

  /** How a user signs a letter: "Full Name, title", or the username when no name is recorded. */
  private async signature(username: string): Promise<string> {
    const [u] = await this.graph.read<{ fullName: string | null; title: string | null }>('review/user', { username });
    return u?.fullName ? [u.fullName, u.title].filter(Boolean).join(', ') : username;
  }

  async recordOutcome(
    principal: Principal,
    purpose: string,
    input: { flagId: string; outcome: string; note?: string | null },
  ): Promise<void> {
    const state = await this.access.load(principal, input.flagId, 'recordReportOutcome', purpose);
    if (!(OUTCOMES as readonly string[]).includes(input.outcome))
      throw new BadInputError('outcome', { da: `skal være en af ${OUTCOMES.join(', ')}`, en: `must be one of ${OUTCOMES.join(', ')}` });
    if (state.flag.status !== 'REPORTED' || state.report?.status !== 'REPORTED') {
      await this.audit.record({
        actor: principal,
        operation: 'recordReportOutcome',
        purpose,
        outcome: 'denied',
        detail: { flagId: state.flag.id },
      });
      throw new AppError(
        'INVALID_TRANSITION',
        {
          da: `Kommunens tilbagemelding registreres på en underrettet markering (denne er ${flagStatusIn(state.flag.status, 'da')})`,
          en: `Feedback is recorded on a reported flag (this one is ${flagStatusIn(state.flag.status, 'en')})`,
        },
        {
          from: state.flag.status,
        },
      );
    }
    const note = (input.note ?? '').trim();
    if (note.length > NOTE_MAX)
      throw new BadInputError('note', { da: `må højst være ${NOTE_MAX} tegn`, en: `is at most ${NOTE_MAX} characters` });
    const rows = await this.graph.write('review/record-outcome', {
      flagId: state.flag.id,
      reportId: state.report.id,
      outcome: input.outcome,
      note: note || null,
      actor: principal.id,
      eventId: eventId(state.flag.id),
      now: this.clock.now().toISOString(),
    });
    if (rows.length === 0)
      throw new AppError('INVALID_TRANSITION', {
        da: 'Markeringen er ændret i mellemtiden: genindlæs den',
        en: 'The flag changed meanwhile: reload it',
      });
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
    if (!state.report || state.report.id !== reportId) throw new NotFoundError(THING.report, reportId.slice(0, 200));
    await this.audit.record({
      actor: principal,
      operation: `report.${format}`,
      purpose,
      personIds: state.report.childIds ?? [],
      detail: { flagId, reportId, status: state.report.status, version: state.report.version },
    });
    return this.toModel(state.report, state);
  }

  async toModel(report: ReportRow, state: FlagState): Promise<SocialReportModel> {
    const sender = report.reportingDistrictCode ?? state.flag.districtCode;
    return toSocialReport(report, {
      municipalityName: this.reference.municipality(report.municipalityCode)?.name ?? report.municipalityCode,
      senderDistrictName: this.reference.districts.find((d) => d.code === sender)?.name ?? sender,
      currentContact: report.senderContact ? [] : (await this.contact(sender)).lines,
      today: this.clock.today(),
    });
  }

  private chosenChildren(state: FlagState, childIds: string[] | null): string[] {
    const children = state.members.filter((m) => m.relation === 'child').map((m) => m.personId);
    if (childIds === null) return children.sort();
    const chosen = [...new Set(childIds.map((id) => id.slice(0, 200)))];
    const unknown = chosen.filter((id) => !children.includes(id));
    if (unknown.length > 0)
      throw new BadInputError('childIds', {
        da: `er ikke børn i denne markering: ${unknown.join(', ')}`,
        en: `are not children of this flag: ${unknown.join(', ')}`,
      });
    if (chosen.length === 0) throw new BadInputError('childIds', { da: 'vælg mindst ét barn', en: 'choose at least one child' });
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
      throw new BadInputError('childIds', {
        da: `børnene bor i forskellige kommuner (${codes.join(', ')}): skriv én underretning pr. kommune`,
        en: `the children live in different municipalities (${codes.join(', ')}): write one report per municipality`,
      });
    }
    return codes[0] ?? state.flag.municipalityCode;
  }
}
