import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { UsersRepository } from '../auth/users.repository.js';
import { BadInputError, NotFoundError } from '../common/app-error.js';
import { GraphService } from '../graph/graph.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { toMemberModels, toSignalModels, type MemberRow } from './flag-view.js';
import type { Evidence, Signal } from './flag-policy.js';
import type { FlagModel, FlagPageModel, FlagSummaryModel } from './models/flag.model.js';
import { RuleRegistry } from './rule-registry.js';

export interface FlagFilter {
  status?: string | null;
  municipalityCode?: string | null;
  districtCode?: string | null;
  ruleId?: string | null;
  minScore?: number | null;
  includeInactive?: boolean | null;
  assignee?: string | null;
  newSince?: string | null;
}

interface FlagRow {
  id: string;
  status: string;
  active: boolean;
  score: number;
  municipalityCode: string;
  districtCode: string;
  ruleIds: string[];
  childIds: string[];
  assignee: string | null;
  createdAt: string;
  updatedAt: string;
  asOf: string;
  isNew?: boolean;
}

interface FlagDetailRow {
  flag: FlagRow & { scoreExplanation: string; signals: string; addressId: string; dismissedAt: string | null; reopenedAt: string | null };
  members: MemberRow[];
  address: { id: string; street: string; postalCode: string; city: string; municipalityCode: string } | null;
}

const MEMBER_ORDER: Record<string, number> = { child: 0, adult: 1, 'parent-elsewhere': 2 };

/** Reading flags, scoped: a coordinator sees only flags whose children live in their district. */
@Injectable()
export class FlagsService {
  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(RuleRegistry) private readonly rules: RuleRegistry,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(UsersRepository) private readonly users: UsersRepository,
  ) {}

  /** The district a principal is limited to (null: national). */
  scopeOf(principal: Principal): string | null {
    return principal.role === 'coordinator' ? principal.districtCode : null;
  }

  async list(principal: Principal, purpose: string, filter: FlagFilter, first: number, after: string | null): Promise<FlagPageModel> {
    const offset = after ? decodeCursor(after) : 0;
    const scope = this.scopeOf(principal);
    const districtCode = scope ?? filter.districtCode ?? null;
    const newSince = await this.newSince(principal, filter.newSince ?? null);
    // the page and the counts are independent reads: run them side by side
    const [[page], counts] = await Promise.all([
      this.graph.read<{ total: number; flags: FlagRow[] }>('flags/list', {
        districtCode: scope && filter.districtCode && filter.districtCode !== scope ? '__none__' : districtCode,
        status: filter.status ?? null,
        municipalityCode: filter.municipalityCode ?? null,
        ruleId: filter.ruleId ?? null,
        minScore: filter.minScore ?? null,
        includeInactive: filter.includeInactive ?? false,
        assignee: filter.assignee ?? null,
        newSince,
        offset,
        limit: first,
      }),
      this.graph.read<{ status: string; count: number }>('flags/status-counts', { districtCode }),
    ]);
    const items = (page?.flags ?? []).map((f) => this.toSummary(f));
    await this.audit.record({
      actor: principal,
      operation: 'flags',
      purpose,
      personIds: items.length ? (page?.flags ?? []).flatMap((f) => f.childIds ?? []) : [],
      detail: { filter, offset, returned: items.length },
    });
    const total = page?.total ?? 0;
    return {
      items,
      total,
      endCursor: offset + items.length < total ? encodeCursor(offset + items.length) : null,
      statusCounts: counts,
      newSince,
    };
  }

  /** "New" is measured against the instant the client passes (stable while paging) or the user's last visit. */
  private async newSince(principal: Principal, given: string | null): Promise<string | null> {
    if (given !== null) {
      if (given.length > 40 || Number.isNaN(Date.parse(given))) throw new BadInputError('newSince', 'must be an ISO date-time');
      return new Date(given).toISOString();
    }
    if (principal.kind !== 'user') return null;
    const seen = (await this.users.find(principal.id))?.lastSeenInboxAt ?? null;
    return seen ? new Date(seen).toISOString() : null;
  }

  /** A flag by id; another district's flag answers exactly like a missing one (and the attempt is logged). */
  async get(principal: Principal, purpose: string, id: string, lang: 'da' | 'en' = 'da'): Promise<FlagModel> {
    const [row] = await this.graph.read<FlagDetailRow>('flags/get', { id });
    const scope = this.scopeOf(principal);
    if (!row || (scope !== null && row.flag.districtCode !== scope)) {
      if (row) await this.audit.record({ actor: principal, operation: 'flag', purpose, outcome: 'denied', detail: { flagId: id } });
      throw new NotFoundError('Flag', id);
    }
    const members = [...row.members].sort(
      (a, b) => (MEMBER_ORDER[a.relation] ?? 9) - (MEMBER_ORDER[b.relation] ?? 9) || b.age - a.age || a.personId.localeCompare(b.personId),
    );
    await this.audit.record({
      actor: principal,
      operation: 'flag',
      purpose,
      personIds: members.map((m) => m.personId),
      detail: { flagId: id },
    });
    const overrides = await this.rules.storedOverrides();
    const effective = new Map(this.rules.effective(overrides).rules.map((r) => [r.def.id, r]));
    const signals = toSignalModels(JSON.parse(row.flag.signals) as Signal[], effective, members, lang, (e) => this.toEvidence(e, lang));
    return {
      ...this.toSummary(row.flag),
      scoreExplanation: row.flag.scoreExplanation,
      address: row.address,
      members: toMemberModels(members),
      signals,
      dismissedAt: row.flag.dismissedAt,
      reopenedAt: row.flag.reopenedAt,
    };
  }

  private toSummary(f: FlagRow): FlagSummaryModel {
    return {
      id: f.id,
      status: f.status,
      active: f.active,
      score: f.score,
      municipalityCode: f.municipalityCode,
      municipalityName: this.reference.municipality(f.municipalityCode)?.name ?? f.municipalityCode,
      districtCode: f.districtCode,
      ruleIds: f.ruleIds ?? [],
      childCount: (f.childIds ?? []).length,
      assignee: f.assignee ?? null,
      createdAt: f.createdAt,
      updatedAt: f.updatedAt,
      asOf: f.asOf,
      isNew: f.isNew ?? false,
    };
  }

  private toEvidence(e: Evidence, lang: 'da' | 'en') {
    const category = e.category ? this.reference.category(e.category) : undefined;
    return {
      ...e,
      kind: e.kind,
      id: e.id,
      date: e.date,
      category: e.category ?? null,
      categoryLabel: category ? (lang === 'da' ? category.labelDa : category.labelEn) : null,
      role: e.role ?? null,
      district: e.district ?? null,
      municipality: e.municipality ?? null,
      detail: e.detail ?? null,
    };
  }
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,7})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : 0;
}
