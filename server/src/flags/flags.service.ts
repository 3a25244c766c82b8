import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { BadInputError, NotFoundError, THING } from '../common/app-error.js';
import { GraphService } from '../graph/graph.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { RuleRegistry, type EffectiveRule, type Evidence } from '../risk/index.js';
import { decodeCursor, decodeMembers, decodeSignals, encodeCursor } from './codec.js';
import { joinMembers, toMemberModels, toSignalModels, type MemberView, type PersonRow } from './flag-view.js';
import type {
  EvidenceModel,
  FlagAddressModel,
  FlagChangesModel,
  FlagModel,
  FlagPageModel,
  FlagSummaryModel,
  FlagVersionSummaryModel,
} from './models/flag.model.js';
import { diffVersions, isEmptyDiff, type VersionDiff } from './versions.js';

export interface FlagFilter {
  status?: string | null;
  municipalityCode?: string | null;
  districtCode?: string | null;
  ruleId?: string | null;
  minScore?: number | null;
  includeInactive?: boolean | null;
  assignee?: string | null;
  newSince?: string | null;
  /** own (default): the flags the user's district owns; case-districts: other districts' flags citing the user's district's cases */
  scope?: string | null;
}

/** What a principal may do with a flag: decide on it, read it (without deciding), or nothing. */
export type FlagAccess = 'decide' | 'read' | null;

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
  reopenReason: string | null;
  caseDistrictCodes: string[] | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  asOf: string;
  isNew?: boolean;
  address?: FlagAddressModel | null;
  children?: ({ personId: string; name: string; age: number } | null)[];
}

interface VersionRow {
  n: number;
  score: number;
  scoreExplanation: string;
  signals: string;
  members: string;
  ruleIds: string[];
  childIds: string[];
  addressId: string;
  municipalityCode: string;
  districtCode: string;
  asOf: string;
}

interface FlagDetailRow {
  flag: FlagRow & { dismissedAt: string | null; reopenedAt: string | null };
  version: VersionRow | null;
  persons: PersonRow[];
  versions: (FlagVersionSummaryModel | null)[];
  address: FlagAddressModel | null;
  reportVersion: number | null;
  seenVersion: number | null;
}

/** The content of one version as the review workflow needs it. */
export interface FlagVersionContent {
  n: number;
  signals: ReturnType<typeof decodeSignals>;
  members: MemberView[];
}

/**
 * Reading flags, scoped. A coordinator decides on the flags of children living in their district
 * and reads, without deciding, the flags whose evidence cites a case their district registered;
 * admins decide everywhere; analysts read. Every read is audited before it is answered.
 */
@Injectable()
export class FlagsService {
  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(RuleRegistry) private readonly rules: RuleRegistry,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** The district a principal is limited to (null: national). */
  scopeOf(principal: Principal): string | null {
    return principal.role === 'coordinator' ? principal.districtCode : null;
  }

  accessTo(principal: Principal, flag: { districtCode: string; caseDistrictCodes?: string[] | null }): FlagAccess {
    if (principal.role === 'admin') return 'decide';
    if (principal.role === 'analyst') return 'read';
    if (principal.role !== 'coordinator' || !principal.districtCode) return null;
    if (flag.districtCode === principal.districtCode) return 'decide';
    return (flag.caseDistrictCodes ?? []).includes(principal.districtCode) ? 'read' : null;
  }

  async list(principal: Principal, purpose: string, filter: FlagFilter, first: number, after: string | null): Promise<FlagPageModel> {
    const offset = after ? decodeCursor(after) : 0;
    const scope = this.scopeOf(principal);
    const viaCases = filter.scope === 'case-districts';
    if (filter.scope && !['own', 'case-districts'].includes(filter.scope))
      throw new BadInputError('scope', { da: 'skal være own eller case-districts', en: 'must be own or case-districts' });
    if (viaCases && !scope)
      throw new BadInputError('scope', {
        da: 'case-districts er for koordinatorer (den viser andre kredses flag, der henviser til jeres sager)',
        en: 'case-districts is for coordinators (it lists other districts’ flags citing your cases)',
      });
    const districtCode = viaCases ? null : (scope ?? filter.districtCode ?? null);
    const caseDistrictCode = viaCases ? scope : null;
    const given = filter.newSince ?? null;
    if (given !== null && (given.length > 40 || Number.isNaN(Date.parse(given))))
      throw new BadInputError('newSince', { da: 'skal være et ISO-tidspunkt', en: 'must be an ISO date-time' });
    // one round trip: the page, the total, the status counts and the user's last visit
    const [page] = await this.graph.read<{
      total: number;
      flags: FlagRow[];
      newSince: string | null;
      statusCounts: { status: string; count: number }[];
    }>('flags/list', {
      districtCode: !viaCases && scope && filter.districtCode && filter.districtCode !== scope ? '__none__' : districtCode,
      countDistrictCode: districtCode,
      caseDistrictCode,
      status: filter.status ?? null,
      municipalityCode: filter.municipalityCode ?? null,
      ruleId: filter.ruleId ?? null,
      minScore: filter.minScore ?? null,
      includeInactive: filter.includeInactive ?? false,
      assignee: filter.assignee ?? null,
      // "new" is measured against the instant the client passes (stable while paging) or the user's last visit
      newSince: given === null ? null : new Date(given).toISOString(),
      username: principal.kind === 'user' ? principal.id : null,
      offset,
      limit: first,
    });
    const newSince = page?.newSince ? new Date(page.newSince).toISOString() : null;
    const counts = page?.statusCounts ?? [];
    const rows = page?.flags ?? [];
    await this.audit.record({
      actor: principal,
      operation: 'flags',
      purpose,
      personIds: rows.flatMap((f) => f.childIds ?? []),
      detail: { filter, offset, returned: rows.length },
    });
    const total = page?.total ?? 0;
    return {
      items: rows.map((f) => this.toSummary(f, principal)),
      total,
      endCursor: offset + rows.length < total ? encodeCursor(offset + rows.length) : null,
      statusCounts: counts,
      newSince,
    };
  }

  /**
   * A flag by id, as of its current version or an earlier one. A flag the user may not read answers
   * exactly like a missing one (and the attempt is audited). Shows what changed since the user last
   * looked and since the version the report cites.
   */
  async get(
    principal: Principal,
    purpose: string,
    id: string,
    lang: 'da' | 'en' = 'da',
    version: number | null = null,
  ): Promise<FlagModel> {
    if (version !== null && (!Number.isInteger(version) || version < 1))
      throw new BadInputError('version', { da: 'skal være et versionsnummer (1, 2, …)', en: 'must be a version number (1, 2, …)' });
    const username = principal.kind === 'user' ? principal.id : null;
    const [row] = await this.graph.read<FlagDetailRow>('flags/get', { id, version, username });
    const access = row ? this.accessTo(principal, row.flag) : null;
    if (!row || !access) {
      if (row) await this.audit.record({ actor: principal, operation: 'flag', purpose, outcome: 'denied', detail: { flagId: id } });
      throw new NotFoundError(THING.flag, id);
    }
    if (version !== null && !row.version) throw new NotFoundError(THING.flagVersion, `${id} v${version}`);
    const content = this.contentOf(row);
    await this.audit.record({
      actor: principal,
      operation: 'flag',
      purpose,
      personIds: content.members.map((m) => m.personId),
      detail: { flagId: id, version: content.n, access },
    });
    const effective = await this.effectiveRules();
    const signals = toSignalModels(content.signals, effective, content.members, lang, (e) => this.toEvidence(e, lang));
    const current = row.flag.version;
    const changes: FlagChangesModel[] = [];
    if (version === null || version === current) {
      const since = new Map<number, 'last-seen' | 'report'>();
      if (row.seenVersion && row.seenVersion < current) since.set(row.seenVersion, 'last-seen');
      if (row.reportVersion && row.reportVersion < current) since.set(row.reportVersion, 'report');
      for (const [n, kind] of since) {
        const diff = await this.diffWith(id, n, content, row.version?.score ?? 0, row.version?.addressId ?? '');
        if (diff && !isEmptyDiff(diff)) changes.push(await this.toChanges(diff, kind, effective, content.members, lang));
      }
      if (username) await this.graph.write('flags/mark-seen', { username, id, version: current, now: new Date().toISOString() });
    }
    const summary = this.toSummary(row.flag, principal);
    return {
      ...summary,
      score: row.version?.score ?? summary.score,
      ruleIds: row.version?.ruleIds ?? summary.ruleIds,
      scoreExplanation: row.version?.scoreExplanation ?? '',
      address: row.address,
      members: toMemberModels(content.members),
      signals,
      dismissedAt: row.flag.dismissedAt,
      reopenedAt: row.flag.reopenedAt,
      viewingVersion: content.n,
      versions: row.versions.filter((v): v is FlagVersionSummaryModel => v !== null),
      changes,
      reportVersion: row.reportVersion ?? null,
      caseDistrictCodes: row.flag.caseDistrictCodes ?? [],
      readOnly: access !== 'decide',
      children: content.members
        .filter((m) => m.relation === 'child')
        .map((m) => ({ personId: m.personId, firstName: firstName(m.name), age: m.age })),
    };
  }

  /** The signals and members of a flag's version (current when n is null), for the review workflow. No audit: the caller audits. */
  async content(flagId: string, n: number | null = null): Promise<FlagVersionContent | null> {
    const [row] = await this.graph.read<FlagDetailRow>('flags/get', { id: flagId, version: n, username: null });
    return row ? this.contentOf(row) : null;
  }

  private contentOf(row: FlagDetailRow): FlagVersionContent {
    const v = row.version;
    return {
      n: v?.n ?? row.flag.version,
      signals: decodeSignals(v?.signals),
      members: joinMembers(decodeMembers(v?.members), row.persons),
    };
  }

  private async diffWith(
    id: string,
    n: number,
    current: FlagVersionContent,
    score: number,
    addressId: string,
  ): Promise<VersionDiff | null> {
    const [row] = await this.graph.read<{ version: { n: number; score: number; signals: string; members: string; addressId: string } }>(
      'flags/version',
      { id, n },
    );
    if (!row) return null;
    return diffVersions(
      {
        n,
        score: row.version.score,
        addressId: row.version.addressId,
        signals: decodeSignals(row.version.signals),
        members: decodeMembers(row.version.members),
      },
      { n: current.n, score, addressId, signals: current.signals, members: current.members },
    );
  }

  private async toChanges(
    diff: VersionDiff,
    since: 'last-seen' | 'report',
    rules: ReadonlyMap<string, EffectiveRule>,
    members: MemberView[],
    lang: 'da' | 'en',
  ): Promise<FlagChangesModel> {
    const names = new Map(members.map((m) => [m.personId, m.name]));
    const missing = [...diff.membersRemoved, ...diff.signalsRemoved.map((s) => s.personId ?? '')].filter((p) => p && !names.has(p));
    if (missing.length) {
      const rows = await this.graph.read<{ id: string; name: string }>('flags/person-names', { ids: [...new Set(missing)] });
      for (const r of rows) names.set(r.id, r.name);
    }
    const title = (ruleId: string) => {
      const rule = rules.get(ruleId);
      return rule ? (lang === 'da' ? rule.def.titleDa : rule.def.titleEn) : ruleId;
    };
    const signalRef = (s: { ruleId: string; personId: string | null }) => ({
      ruleId: s.ruleId,
      ruleTitle: title(s.ruleId),
      personName: s.personId ? (names.get(s.personId) ?? null) : null,
    });
    const evidenceRef = (e: { ruleId: string; personId: string | null; kind: string; id: string; date: string }) => ({
      ruleTitle: title(e.ruleId),
      personName: e.personId ? (names.get(e.personId) ?? null) : null,
      kind: e.kind,
      id: e.id,
      date: e.date,
      label: null,
    });
    const address = async (addressId: string | null) => {
      if (!addressId) return null;
      const [a] = await this.graph.read<{ label: string }>('flags/address-label', { id: addressId });
      return a?.label ?? addressId;
    };
    return {
      fromVersion: diff.fromVersion,
      toVersion: diff.toVersion,
      since,
      signalsAdded: diff.signalsAdded.map(signalRef),
      signalsRemoved: diff.signalsRemoved.map(signalRef),
      evidenceAdded: diff.evidenceAdded.map(evidenceRef),
      evidenceRemoved: diff.evidenceRemoved.map(evidenceRef),
      scoreFrom: diff.scoreFrom,
      scoreTo: diff.scoreTo,
      addressFrom: await address(diff.addressFrom),
      addressTo: await address(diff.addressTo),
      membersAdded: diff.membersAdded.map((p) => names.get(p) ?? p),
      membersRemoved: diff.membersRemoved.map((p) => names.get(p) ?? p),
    };
  }

  private async effectiveRules(): Promise<Map<string, EffectiveRule>> {
    const overrides = await this.rules.storedOverrides();
    return new Map(
      [...this.rules.effective(overrides).rules, ...this.rules.effective(overrides, 'municipal').rules].map((r) => [r.def.id, r]),
    );
  }

  private toSummary(f: FlagRow, principal: Principal): FlagSummaryModel {
    const owner = this.reference.districts.find((d) => d.code === f.districtCode);
    return {
      id: f.id,
      status: f.status,
      active: f.active,
      score: f.score,
      municipalityCode: f.municipalityCode,
      municipalityName: this.reference.municipality(f.municipalityCode)?.name ?? f.municipalityCode,
      districtCode: f.districtCode,
      ownerDistrictName: owner?.name ?? f.districtCode,
      ruleIds: f.ruleIds ?? [],
      childCount: (f.childIds ?? []).length,
      assignee: f.assignee ?? null,
      createdAt: f.createdAt,
      updatedAt: f.updatedAt,
      asOf: f.asOf,
      isNew: f.isNew ?? false,
      version: f.version ?? 0,
      readOnly: this.accessTo(principal, f) !== 'decide',
      reopenReason: f.reopenReason ?? null,
      address: f.address ?? null,
      children: (f.children ?? [])
        .filter((c): c is { personId: string; name: string; age: number } => c !== null)
        .map((c) => ({ personId: c.personId, firstName: firstName(c.name), age: c.age })),
    };
  }

  /** One evidence record for the views, with the case category in the user's language. */
  toEvidence(e: Evidence, lang: 'da' | 'en'): EvidenceModel {
    const category = e.category ? this.reference.category(e.category) : undefined;
    return {
      kind: e.kind,
      id: e.id,
      date: e.date,
      category: e.category ?? null,
      categoryLabel: category ? (lang === 'da' ? category.labelDa : category.labelEn) : null,
      role: e.role ?? null,
      district: e.district ?? null,
      districtName: e.district ? (this.reference.districts.find((d) => d.code === e.district)?.name ?? null) : null,
      municipality: e.municipality ?? null,
      municipalityName: e.municipality ? (this.reference.municipality(e.municipality)?.name ?? null) : null,
      detail: e.detail ?? null,
      subcategory: e.subcategory ?? null,
      matchedKeyword: e.matchedKeyword ?? null,
      categoryWeight: e.categoryWeight ?? null,
      current: e.current ?? null,
      fromAddressId: e.fromAddressId ?? null,
      fromAddress: e.fromAddress ?? null,
      toAddressId: e.toAddressId ?? null,
      toAddress: e.toAddress ?? null,
      personId: e.personId ?? null,
      name: e.name ?? null,
      age: e.age ?? null,
      since: e.since ?? null,
      relation: e.relation ?? null,
    };
  }
}

function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}
