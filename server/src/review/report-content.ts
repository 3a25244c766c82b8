import type { ChildRelation } from '../flags/index.js';
import { explainSignal, strongestRelation, type Evidence, type ParamValue, type RuleDefinition, type Signal } from '../risk/index.js';

/** A flag member as the report builder needs it. */
export interface ReportMember {
  personId: string;
  name: string;
  birthDate: string;
  relation: string;
  relations: ChildRelation[];
}

export interface ReportRule {
  def: RuleDefinition;
  params: Record<string, ParamValue>;
}

export interface ReportChild {
  personId: string;
  name: string;
  birthDate: string;
}

/**
 * What a social report may carry beyond the coordinator's description of the child (the duty to
 * notify and data minimisation): the children it concerns (name and birth date only) and the concern as
 * plain Danish sentences with categories, dates and counts. Journal numbers, case ids, case
 * summaries, addresses and other persons' histories never enter it.
 */
export interface ReportContent {
  children: ReportChild[];
  concern: string[];
  ruleIds: string[];
}

const THRESHOLD = /\s*\((?:tærskel|threshold) [^)]*\)/g;

export function formatDateDa(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return y && m && d ? `${d}.${m}.${y}` : iso;
}

export function buildReportContent(args: {
  members: ReportMember[];
  childIds: string[];
  signals: Signal[];
  rules: ReadonlyMap<string, ReportRule>;
  categoryLabel: (code: string) => string;
}): ReportContent {
  const byId = new Map(args.members.map((m) => [m.personId, m]));
  const chosen = new Set(args.childIds);
  const children = args.childIds
    .map((id) => byId.get(id))
    .filter((m): m is ReportMember => m !== undefined && m.relation === 'child')
    .map((m) => ({ personId: m.personId, name: m.name, birthDate: m.birthDate }))
    .sort((a, b) => a.birthDate.localeCompare(b.birthDate) || a.personId.localeCompare(b.personId));
  // A signal about a child the report is not about would tell the municipality about another child.
  const signals = args.signals.filter((s) => {
    const member = s.personId ? byId.get(s.personId) : undefined;
    return !(member?.relation === 'child' && !chosen.has(member.personId));
  });
  // One paragraph per person: every rule about them, then their records once each, however many
  // rules cite the same record. Signals about a place (no person) form one paragraph of their own.
  const byPerson = new Map<string, Signal[]>();
  for (const s of signals) byPerson.set(s.personId ?? '', [...(byPerson.get(s.personId ?? '') ?? []), s]);
  const concern = [...byPerson.entries()].map(([personId, group]) => {
    const member = personId ? byId.get(personId) : undefined;
    const label = member ? { name: member.name, relation: strongestRelation(member.relation, member.relations) } : undefined;
    const sentences = group.map((s) => {
      const rule = args.rules.get(s.ruleId);
      return explainSignal(s, rule?.def, rule?.params ?? {}, label, 'da').replace(THRESHOLD, '');
    });
    const evidence = describeEvidence(
      group.flatMap((s) => s.evidence),
      args.categoryLabel,
    );
    return [...new Set(sentences), evidence].filter(Boolean).join(' ');
  });
  return { children, concern, ruleIds: [...new Set(signals.map((s) => s.ruleId))].sort() };
}

/** Categories with their dates and counts; residences as dates of moving. Never ids or details. */
function describeEvidence(evidence: Evidence[], categoryLabel: (code: string) => string): string {
  const groups = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const e of evidence) {
    const identity = `${e.kind}:${e.id}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const key =
      e.kind === 'case' && e.category
        ? categoryLabel(e.category)
        : e.kind === 'residence' || e.kind === 'move'
          ? 'Adresseskift'
          : e.kind === 'indicator' && e.category
            ? categoryLabel(e.category)
            : undefined;
    if (!key) continue;
    groups.set(key, [...(groups.get(key) ?? []), e.date]);
  }
  if (groups.size === 0) return '';
  const parts = [...groups.entries()].map(([key, dates]) => {
    const sorted = [...new Set(dates.map((d) => d.slice(0, 10)))].sort().map(formatDateDa);
    return `${key} (${dates.length}): ${sorted.join(', ')}`;
  });
  return `Registreringer: ${parts.join('; ')}.`;
}
