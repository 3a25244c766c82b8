import type { Lang } from '../common/lang.js';
import { systemNote } from './system-notes.js';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { GraphService } from '../graph/graph.service.js';
import { ReportService } from './report.service.js';
import { ReviewAccess } from './review-access.js';
import { ReviewClock } from './review.clock.js';
import type { FlagEventRow, FlagState } from './review.rows.js';
import type { FlagReviewModel, StaffAccountModel } from './models/review.model.js';
import { allowedFrom } from './transitions.js';

const COORDINATOR_LIST_MAX = 500;

/** The read side of the workflow: a flag's review state, and the inbox's "seen" mark. */
@Injectable()
export class ReviewService {
  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ReviewAccess) private readonly access: ReviewAccess,
    @Inject(ReportService) private readonly reports: ReportService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ReviewClock) private readonly clock: ReviewClock,
  ) {}

  async view(principal: Principal, purpose: string, flagId: string, lang: Lang = 'da'): Promise<FlagReviewModel> {
    const state = await this.access.load(principal, flagId, 'flagReview', purpose, 'read');
    const history = await this.graph.read<{ event: FlagEventRow }>('review/history', { id: state.flag.id });
    await this.audit.record({
      actor: principal,
      operation: 'flagReview',
      purpose,
      personIds: state.report?.childIds ?? state.flag.childIds ?? [],
      detail: { flagId: state.flag.id },
    });
    return await this.toModel(
      state,
      history.map((h) => ({ ...h.event, note: systemNote(h.event.note, lang) })),
      principal,
    );
  }

  async assignableCoordinators(principal: Principal, flagId: string): Promise<string[]> {
    return (await this.assignableAccounts(principal, flagId)).map((r) => r.username);
  }

  /** The coordinators of the flag's district, with their full names (for the assignment choice). */
  async assignableAccounts(principal: Principal, flagId: string): Promise<StaffAccountModel[]> {
    const state = await this.access.load(principal, flagId, 'assignableCoordinators', null);
    return this.graph.read<StaffAccountModel>('review/district-coordinators', {
      districtCode: state.flag.districtCode,
      limit: COORDINATOR_LIST_MAX,
    });
  }

  /** Full names of the staff accounts a review names, in one look-up (a username without one is left out). */
  private async staffNames(usernames: (string | null | undefined)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(usernames.filter((u): u is string => !!u && u !== 'system'))];
    if (wanted.length === 0) return new Map();
    const rows = await this.graph.read<{ username: string; fullName: string }>('review/staff-names', { usernames: wanted });
    return new Map(rows.map((r) => [r.username, r.fullName]));
  }

  async markInboxSeen(principal: Principal): Promise<string> {
    const [row] = await this.graph.write<{ lastSeenInboxAt: string }>('review/mark-inbox-seen', {
      username: principal.id,
      now: this.clock.now().toISOString(),
    });
    return row?.lastSeenInboxAt ?? this.clock.now().toISOString();
  }

  private async toModel(state: FlagState, history: FlagEventRow[], principal: Principal): Promise<FlagReviewModel> {
    const { flag, report } = state;
    const names = await this.staffNames([flag.assignee, report?.outcomeBy, ...history.flatMap((e) => [e.actor, e.assignee])]);
    const nameOf = (username: string | null | undefined) => (username ? (names.get(username) ?? null) : null);
    const approvedNow = report?.status === 'APPROVED' && report.approvedVersion === report.version;
    return {
      flagId: flag.id,
      status: flag.status,
      assignee: flag.assignee,
      assigneeName: nameOf(flag.assignee),
      allowedTransitions: [...allowedFrom(flag.status)],
      canReport: flag.status === 'IN_REVIEW' && approvedNow,
      canApprove:
        principal.role === 'coordinator' &&
        flag.status === 'IN_REVIEW' &&
        report?.status === 'AWAITING_APPROVAL' &&
        !report.authors.includes(principal.id),
      canRequestApproval:
        principal.role === 'coordinator' &&
        flag.status === 'IN_REVIEW' &&
        (report?.status === 'DRAFT' || report?.status === 'RETURNED') &&
        report.authors.includes(principal.id),
      history: history.map((e) => ({
        id: e.id,
        at: e.at,
        actor: e.actor,
        actorName: nameOf(e.actor),
        kind: e.kind,
        fromStatus: e.fromStatus ?? null,
        toStatus: e.toStatus ?? null,
        assignee: e.assignee ?? null,
        assigneeName: nameOf(e.assignee),
        outcome: e.outcome ?? null,
        note: e.note ?? null,
      })),
      report: report ? await this.reports.toModel(report, state) : null,
      outcome:
        report?.outcome && report.outcomeBy && report.outcomeAt
          ? {
              outcome: report.outcome,
              note: report.outcomeNote,
              recordedBy: report.outcomeBy,
              recordedByName: nameOf(report.outcomeBy),
              recordedAt: report.outcomeAt,
            }
          : null,
    };
  }
}
