import { flagStatusIn } from './status-labels.js';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, BadInputError } from '../common/app-error.js';
import { GraphService } from '../graph/graph.service.js';
import { ReviewAccess } from './review-access.js';
import { ReviewClock } from './review.clock.js';
import { eventId } from './review-events.js';
import type { FlagState } from './review.rows.js';
import { assertTransition, checkNote, type FlagStatus } from './transitions.js';

const ASSIGNABLE_FROM = ['NEW', 'IN_REVIEW', 'MONITORING'];

/** Status changes and assignment of flags: the state machine in transitions.ts, guarded writes, history and audit. */
@Injectable()
export class TriageService {
  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ReviewAccess) private readonly access: ReviewAccess,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ReviewClock) private readonly clock: ReviewClock,
  ) {}

  async changeStatus(
    principal: Principal,
    purpose: string,
    input: { flagId: string; status: string; note: string; assignee?: string | null },
  ): Promise<void> {
    const state = await this.access.load(principal, input.flagId, 'changeFlagStatus', purpose);
    const from = state.flag.status;
    const to = input.status;
    await this.refusedIfThrows(principal, purpose, state, 'changeFlagStatus', { from, to }, async () => {
      assertTransition(from, to);
      const note = checkNote(input.note);
      if (to === 'REPORTED') return this.markReported(principal, state, note);
      const assignee = to === 'IN_REVIEW' ? await this.assigneeFor(state, input.assignee ?? principal.id, principal) : state.flag.assignee;
      await this.write(principal, state, { from, to, assignee, note, kind: 'status' });
    });
    await this.audit.record({
      actor: principal,
      operation: 'changeFlagStatus',
      purpose,
      personIds: state.flag.childIds ?? [],
      detail: { flagId: state.flag.id, from, to },
    });
  }

  async assign(principal: Principal, purpose: string, input: { flagId: string; assignee: string; note: string }): Promise<void> {
    const state = await this.access.load(principal, input.flagId, 'assignFlag', purpose);
    const from = state.flag.status;
    await this.refusedIfThrows(principal, purpose, state, 'assignFlag', { from, assignee: input.assignee }, async () => {
      if (!ASSIGNABLE_FROM.includes(from)) {
        throw new AppError(
          'INVALID_TRANSITION',
          {
            da: `En markering, der er ${flagStatusIn(from, 'da')}, kan ikke tildeles: den er lukket`,
            en: `A flag that is ${flagStatusIn(from, 'en')} cannot be assigned: it is closed`,
          },
          { from, allowed: [] },
        );
      }
      const note = checkNote(input.note);
      const assignee = await this.assigneeFor(state, input.assignee, principal);
      if (assignee === state.flag.assignee && from !== 'NEW') {
        throw new AppError(
          'INVALID_TRANSITION',
          { da: `Markeringen er allerede tildelt ${assignee}`, en: `The flag is already assigned to ${assignee}` },
          { from, assignee },
        );
      }
      // Assigning a new flag is taking it into review.
      await this.write(principal, state, { from, to: from === 'NEW' ? 'IN_REVIEW' : (from as FlagStatus), assignee, note, kind: 'assign' });
    });
    await this.audit.record({
      actor: principal,
      operation: 'assignFlag',
      purpose,
      personIds: state.flag.childIds ?? [],
      detail: { flagId: state.flag.id, assignee: input.assignee },
    });
  }

  /** A flag is assigned to a coordinator of its own district (an admin may take it on themselves). */
  private async assigneeFor(state: FlagState, username: string, principal: Principal): Promise<string> {
    const name = username.trim().slice(0, 64);
    if (principal.role === 'admin' && name === principal.id) return name;
    const [user] = await this.graph.read<{ role: string; districtCode: string | null; disabled: boolean }>('review/user', {
      username: name,
    });
    if (!user || user.disabled || user.role !== 'coordinator' || user.districtCode !== state.flag.districtCode) {
      throw new BadInputError('assignee', {
        da: `"${name}" er ikke koordinator i kreds ${state.flag.districtCode}`,
        en: `"${name}" is not a coordinator of district ${state.flag.districtCode}`,
      });
    }
    return name;
  }

  private async markReported(principal: Principal, state: FlagState, note: string): Promise<void> {
    const report = state.report;
    if (!report || report.status !== 'APPROVED' || report.approvedVersion !== report.version) {
      throw new AppError(
        'INVALID_TRANSITION',
        report
          ? {
              da: 'Underretningen er ikke godkendt af en anden koordinator i sin nuværende version: markeringen kan endnu ikke blive underrettet',
              en: 'The report has not been approved by a second coordinator in its current version: the flag cannot be marked reported yet',
            }
          : {
              da: 'Der er ingen underretning: skriv den, og få en anden koordinator til at godkende den, før markeringen bliver underrettet',
              en: 'There is no report: write the social report and have a second coordinator approve it before marking the flag reported',
            },
        { from: state.flag.status, to: 'REPORTED', reportStatus: report?.status ?? null },
      );
    }
    const rows = await this.graph.write('review/mark-reported', {
      id: state.flag.id,
      actor: principal.id,
      note,
      eventId: eventId(state.flag.id),
      now: this.clock.now().toISOString(),
      reportingDistrictCode: principal.districtCode ?? state.flag.districtCode,
      reportId: report.id,
    });
    if (rows.length === 0) throw await this.changedMeanwhile(state, 'REPORTED');
  }

  private async write(
    principal: Principal,
    state: FlagState,
    change: { from: string; to: FlagStatus; assignee: string | null; note: string; kind: 'status' | 'assign' },
  ): Promise<void> {
    const rows = await this.graph.write('review/change-flag', {
      id: state.flag.id,
      fromStatus: change.from,
      fromAssignee: state.flag.assignee,
      toStatus: change.to,
      assignee: change.assignee,
      kind: change.kind,
      note: change.note,
      actor: principal.id,
      eventId: eventId(state.flag.id),
      now: this.clock.now().toISOString(),
      today: this.clock.today(),
    });
    if (rows.length === 0) throw await this.changedMeanwhile(state, change.to);
  }

  /** A concurrent change won: CONFLICT, with the flag's state now. */
  private async changedMeanwhile(state: FlagState, to: string): Promise<AppError> {
    const [now] = await this.graph.read<{ flag: { status: string; assignee: string | null } }>('review/flag-state', {
      id: state.flag.id,
      reportId: null,
    });
    const status = now?.flag.status ?? state.flag.status;
    return new AppError(
      'CONFLICT',
      {
        da: `Markeringen blev ændret, mens du besluttede: den er nu ${flagStatusIn(status, 'da')}${now?.flag.assignee ? ` (tildelt ${now.flag.assignee})` : ''}. Genindlæs den, og beslut igen.`,
        en: `The flag changed while you decided: it is now ${flagStatusIn(status, 'en')}${now?.flag.assignee ? ` (assigned to ${now.flag.assignee})` : ''}. Reload it and decide again.`,
      },
      { from: state.flag.status, to, status, assignee: now?.flag.assignee ?? null },
    );
  }

  /** A refused decision is audited too (who tried what), then refused. */
  private async refusedIfThrows(
    principal: Principal,
    purpose: string,
    state: FlagState,
    operation: string,
    detail: Record<string, unknown>,
    work: () => Promise<void>,
  ): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (
        error instanceof AppError &&
        (error.code === 'INVALID_TRANSITION' || error.code === 'BAD_USER_INPUT' || error.code === 'CONFLICT')
      ) {
        await this.audit.record({
          actor: principal,
          operation,
          purpose,
          outcome: 'denied',
          detail: { flagId: state.flag.id, ...detail, reason: error.code },
        });
      }
      throw error;
    }
  }
}
