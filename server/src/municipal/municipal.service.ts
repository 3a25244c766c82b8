import type { Lang } from '../common/lang.js';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, BadInputError, NotFoundError, THING } from '../common/app-error.js';
import { GraphService } from '../graph/graph.service.js';
import { IngestEvents } from '../ingest/ingest-events.js';
import { isIsoDate } from '@opspor/contract';
import { Clock } from '../common/clock.js';
import { ReferenceService } from '../reference/reference.service.js';
import {
  decodeCursor,
  decodeMembers,
  decodeSignals,
  encodeCursor,
  encodeMembers,
  encodeSignals,
  joinMembers,
  toMemberModels,
  toSignalModels,
} from '../flags/index.js';
import { RuleRegistry, ScanService } from '../risk/index.js';
import type {
  IndicatorModel,
  MunicipalScanReportModel,
  MunicipalSubjectReportModel,
  SharedIndicatorsModel,
  SharingBasisModel,
  SupportFlagModel,
  SupportFlagPageModel,
} from './models.js';

import { FAMILY_ANSWER_WORDS, FAMILY_ANSWERS, SUPPORT_DECISIONS, SUPPORT_FLAG_STATUSES, type SupportDecision } from './municipal-enums.js';

export { FAMILY_ANSWERS, SUPPORT_DECISIONS, SUPPORT_FLAG_STATUSES, type SupportDecision };
/** Automatic runs (the schedule, the re-check after an ingest) look at families with children under 18. */
export const AUTOMATIC_MAX_CHILD_AGE = 18;

const WORDING: Record<Lang, string> = {
  da:
    'Tilbud om støtte: kommunens egne oplysninger peger på, at familien kan have gavn af et tilbud om tidlig støtte. ' +
    'Det er et tilbud til familien, ikke en underretning, og intet sendes automatisk.',
  en:
    "Offer of support: the municipality's own records suggest that the family may benefit from an offer of early support. " +
    'It is an offer to the family, not a notification, and nothing is sent automatically.',
};

interface SupportFlagRow {
  flag: {
    members: string;
    id: string;
    status: string;
    active: boolean;
    score: number;
    scoreExplanation: string;
    signals: string;
    ruleIds: string[];
    childIds: string[];
    municipalityCode: string;
    createdAt: string;
    asOf: string;
    familyAnswer?: string | null;
    familyAnswerDate?: string | null;
    familyAnswerNote?: string | null;
  };
  persons: { personId: string; name: string; sex: string; birthDate: string; age: number }[];
  events: ({ actor: string; decision: string; note: string; at: string } | null)[];
}

/** The organisation a principal belongs to, as sharing bases name it. */
export function orgOf(principal: Principal): string[] {
  if (principal.municipalityCode) return [`municipality:${principal.municipalityCode}`];
  return ['police', ...(principal.districtCode ? [`district:${principal.districtCode}`] : [])];
}

/**
 * The Gladsaxe-style municipal view: support flags from a municipality's own indicators, in its own
 * inbox, kept apart from the police (their own label, their own rules, their own users). Data
 * crosses between the two only under a sharing basis in force, which every such view names.
 */
@Injectable()
export class MunicipalService implements OnModuleInit {
  private readonly logger = new Logger(MunicipalService.name);

  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(RuleRegistry) private readonly rules: RuleRegistry,
    @Inject(ScanService) private readonly scans: ScanService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(IngestEvents) private readonly ingestEvents: IngestEvents,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** An ingest with indicators re-checks the families of the persons it touched, without a manual scan. */
  onModuleInit(): void {
    this.ingestEvents.subscribe(async (summary) => {
      if ((summary.byType.indicator ?? 0) > 0 && summary.affectedPersonIds.length > 0)
        await this.recheck(summary.affectedPersonIds, this.clock.today());
    });
  }

  private municipalityOf(principal: Principal): string {
    if (!principal.municipalityCode)
      throw new AppError('FORBIDDEN', {
        da: 'Kun kommunale brugere arbejder med tilbud om støtte',
        en: 'Only municipal users work with support flags',
      });
    return principal.municipalityCode;
  }

  async scan(principal: Principal, asOf: string, maxChildAge: number, now: Date = new Date()): Promise<MunicipalScanReportModel> {
    const municipalityCode = this.municipalityOf(principal);
    if (!isIsoDate(asOf)) throw new BadInputError('asOf', { da: 'skal være en dato ÅÅÅÅ-MM-DD', en: 'must be a date YYYY-MM-DD' });
    if (!Number.isInteger(maxChildAge) || maxChildAge < 1 || maxChildAge > 18)
      throw new BadInputError('maxChildAge', { da: 'skal være et helt tal fra 1 til 18', en: 'must be a whole number from 1 to 18' });
    await this.audit.record({ actor: principal, operation: 'runMunicipalScan', detail: { asOf, maxChildAge } }, now);
    return this.scanMunicipality(municipalityCode, asOf, maxChildAge, now);
  }

  /** The scheduled run: every municipality, with the same evaluation as a manual scan. */
  async scanAll(asOf: string, now: Date = new Date()): Promise<MunicipalScanReportModel[]> {
    const reports: MunicipalScanReportModel[] = [];
    for (const m of this.reference.municipalities) reports.push(await this.scanMunicipality(m.code, asOf, AUTOMATIC_MAX_CHILD_AGE, now));
    return reports;
  }

  /** Re-evaluates the families of these persons in the municipality where each family lives. */
  async recheck(personIds: string[], asOf: string, now: Date = new Date()): Promise<number> {
    const rows = await this.graph.read<{ municipalityCode: string; addressIds: string[] }>('municipal/person-child-addresses', {
      personIds,
      asOf,
      maxChildAge: AUTOMATIC_MAX_CHILD_AGE,
    });
    let flagged = 0;
    for (const row of rows) flagged += (await this.evaluateAndWrite(row.municipalityCode, row.addressIds, asOf, now, true)).flagged;
    this.logger.log(`municipal re-check ${asOf}: ${personIds.length} persons, ${flagged} support flags raised`);
    return flagged;
  }

  private async scanMunicipality(
    municipalityCode: string,
    asOf: string,
    maxChildAge: number,
    now: Date,
  ): Promise<MunicipalScanReportModel> {
    const rows = await this.graph.read<{ addressId: string }>('municipal/child-addresses', { municipalityCode, asOf, maxChildAge });
    return this.evaluateAndWrite(
      municipalityCode,
      rows.map((r) => r.addressId),
      asOf,
      now,
      false,
    );
  }

  /** Evaluates the clusters at these addresses with the municipal rules and writes the support flags. */
  private async evaluateAndWrite(
    municipalityCode: string,
    addressIds: string[],
    asOf: string,
    now: Date,
    onlyTheseAddresses: boolean,
  ): Promise<MunicipalScanReportModel> {
    const { rules, policy } = this.rules.effective(await this.rules.storedOverrides(), 'municipal');
    const { clusters, results } = await this.scans.evaluate(addressIds, asOf, rules, policy, { municipalityCode });
    const hits = results.filter((r) => r.flagged);
    if (hits.length > 0) {
      await this.graph.write('municipal/upsert-support-flags', {
        now: now.toISOString(),
        flags: hits.map((h) => ({
          id: `support-${municipalityCode}-${h.cluster.addressId}`,
          municipalityCode,
          addressId: h.cluster.addressId,
          score: h.score,
          scoreExplanation: h.scoreExplanation,
          signals: encodeSignals(h.signals),
          ruleIds: h.ruleIds,
          childIds: h.cluster.childIds,
          memberIds: h.cluster.members.map((m) => m.personId),
          members: encodeMembers(h.cluster.members),
          asOf,
        })),
      });
    }
    await this.graph.write('municipal/deactivate-support-flags', {
      municipalityCode,
      activeIds: hits.map((h) => `support-${municipalityCode}-${h.cluster.addressId}`),
      addressIds: onlyTheseAddresses ? addressIds : null,
      now: now.toISOString(),
    });
    return { asOf, municipalityCode, clusters, flagged: hits.length };
  }

  async list(
    principal: Principal,
    purpose: string,
    status: string | null,
    first: number,
    after: string | null,
  ): Promise<SupportFlagPageModel> {
    const municipalityCode = this.municipalityOf(principal);
    const offset = after ? decodeCursor(after) : 0;
    const [page] = await this.graph.read<{ total: number; flags: SupportFlagRow['flag'][] }>('municipal/list-support-flags', {
      municipalityCode,
      status: status ?? null, // an omitted GraphQL argument arrives as undefined, which the driver drops
      offset,
      limit: first,
    });
    const flags = page?.flags ?? [];
    await this.audit.record({ actor: principal, operation: 'supportFlags', purpose, personIds: flags.flatMap((f) => f.childIds ?? []) });
    const total = page?.total ?? 0;
    return {
      items: flags.map((f) => ({ ...f, ruleIds: f.ruleIds ?? [], childCount: (f.childIds ?? []).length })),
      total,
      endCursor: offset + flags.length < total ? encodeCursor(offset + flags.length) : null,
    };
  }

  async get(principal: Principal, purpose: string, id: string, today: string, lang: Lang = 'da'): Promise<SupportFlagModel> {
    const municipalityCode = this.municipalityOf(principal);
    const [row] = await this.graph.read<SupportFlagRow>('municipal/get-support-flag', { id, municipalityCode });
    if (!row) throw new NotFoundError(THING.supportFlag, id);
    const members = joinMembers(decodeMembers(row.flag.members), row.persons);
    const memberIds = members.map((m) => m.personId);
    const bases = await this.basesInForce(`municipality:${municipalityCode}`, 'police', today);
    const shared = bases.length
      ? await this.graph.read<{ personId: string; category: string; cases: number }>('municipal/member-case-counts', {
          personIds: memberIds,
          asOf: today,
        })
      : [];
    await this.audit.record({
      actor: principal,
      operation: 'supportFlag',
      purpose,
      personIds: memberIds,
      detail: { flagId: id, sharingBases: bases.map((b) => b.id) },
    });
    const effective = new Map(this.rules.effective(await this.rules.storedOverrides(), 'municipal').rules.map((r) => [r.def.id, r]));
    const signals = toSignalModels(decodeSignals(row.flag.signals), effective, members, lang, (e) => ({
      kind: e.kind,
      id: e.id,
      date: e.date,
      category: e.category ?? null,
      categoryLabel: e.category ?? null,
      role: null,
      district: null,
      municipality: e.municipality ?? null,
      detail: null,
    }));
    const { members: _json, ...flag } = row.flag;
    return {
      ...flag,
      familyAnswer: row.flag.familyAnswer ?? null,
      familyAnswerDate: row.flag.familyAnswerDate ?? null,
      familyAnswerNote: row.flag.familyAnswerNote ?? null,
      ruleIds: row.flag.ruleIds ?? [],
      childCount: (row.flag.childIds ?? []).length,
      wording: WORDING[lang],
      members: toMemberModels(members),
      signals,
      decisions: row.events.filter((e): e is NonNullable<typeof e> => e !== null),
      sharedPoliceHistory: shared,
      sharingBases: bases,
    };
  }

  async decide(principal: Principal, id: string, decision: string, note: string, now: Date = new Date()): Promise<string> {
    const municipalityCode = this.municipalityOf(principal);
    if (!(SUPPORT_DECISIONS as readonly string[]).includes(decision)) {
      throw new BadInputError('decision', {
        da: `skal være en af ${SUPPORT_DECISIONS.join(', ')}`,
        en: `must be one of ${SUPPORT_DECISIONS.join(', ')}`,
      });
    }
    const text = note.trim();
    if (text.length < 3 || text.length > 4000)
      throw new BadInputError('note', {
        da: 'en beslutning kræver en note (3-4000 tegn)',
        en: 'a decision needs a note (3-4000 characters)',
      });
    const [row] = await this.graph.write<{ ok: boolean; before: string; status: string }>('municipal/decide-support-flag', {
      id,
      municipalityCode,
      decision,
      note: text,
      actor: principal.id,
      now: now.toISOString(),
    });
    if (!row) throw new NotFoundError(THING.supportFlag, id);
    if (!row.ok) {
      await this.audit.record(
        { actor: principal, operation: 'decideSupportFlag', outcome: 'denied', detail: { flagId: id, status: row.status, decision } },
        now,
      );
      throw new AppError(
        'CONFLICT',
        {
          da: 'Familien har svaret på tilbuddet, så det er lukket: en ny beslutning kræver et nyt tilbud',
          en: 'The family has answered the offer, so it is closed: a new decision needs a new offer',
        },
        {
          status: row.status,
        },
      );
    }
    await this.audit.record({ actor: principal, operation: 'decideSupportFlag', detail: { flagId: id, from: row.before, decision } }, now);
    return row.status;
  }

  /** Records the family's answer to an offer and closes it (atomic: the first answer wins). */
  async recordFamilyAnswer(
    principal: Principal,
    input: { id: string; answer: string; date: string; note: string },
    now: Date = new Date(),
  ): Promise<string> {
    const municipalityCode = this.municipalityOf(principal);
    if (!(FAMILY_ANSWERS as readonly string[]).includes(input.answer))
      throw new BadInputError('answer', {
        da: `skal være en af ${FAMILY_ANSWERS.join(', ')}`,
        en: `must be one of ${FAMILY_ANSWERS.join(', ')}`,
      });
    if (!isIsoDate(input.date)) throw new BadInputError('date', { da: 'skal være en dato ÅÅÅÅ-MM-DD', en: 'must be a date YYYY-MM-DD' });
    if (input.date > this.clock.today())
      throw new BadInputError('date', { da: 'kan ikke ligge i fremtiden', en: 'cannot be in the future' });
    const note = input.note.trim();
    if (note.length < 3 || note.length > 4000)
      throw new BadInputError('note', {
        da: 'skriv, hvad familien sagde, eller hvordan den blev spurgt (3-4000 tegn)',
        en: 'say what the family said, or how it was asked (3-4000 characters)',
      });
    const id = input.id.slice(0, 200);
    const [row] = await this.graph.write<{ ok: boolean; before: string; status: string; answer: string | null }>(
      'municipal/record-family-answer',
      { id, municipalityCode, answer: input.answer, answerDate: input.date, note, actor: principal.id, now: now.toISOString() },
    );
    if (!row) throw new NotFoundError(THING.supportFlag, id);
    if (!row.ok) {
      await this.audit.record(
        { actor: principal, operation: 'recordFamilyAnswer', outcome: 'denied', detail: { flagId: id, status: row.status } },
        now,
      );
      throw new AppError(
        'CONFLICT',
        row.answer
          ? {
              da: `Familiens svar er allerede registreret (${FAMILY_ANSWER_WORDS[row.answer as keyof typeof FAMILY_ANSWER_WORDS]?.da ?? row.answer}); tilbuddet er lukket`,
              en: `The family's answer is already recorded (${FAMILY_ANSWER_WORDS[row.answer as keyof typeof FAMILY_ANSWER_WORDS]?.en ?? row.answer}); the offer is closed`,
            }
          : {
              da: 'Et svar registreres på et tilbud om støtte: beslut først at tilbyde støtte',
              en: 'An answer is recorded on an offer of support: decide to offer support first',
            },
        { status: row.status, answer: row.answer },
      );
    }
    await this.audit.record(
      { actor: principal, operation: 'recordFamilyAnswer', detail: { flagId: id, answer: input.answer, date: input.date } },
      now,
    );
    return row.status;
  }

  async personIndicators(principal: Principal, purpose: string, personId: string): Promise<IndicatorModel[]> {
    const municipalityCode = this.municipalityOf(principal);
    const rows = await this.graph.read<{ indicator: IndicatorModel }>('municipal/person-indicators', {
      personId,
      municipalityCodes: [municipalityCode],
    });
    await this.audit.record({ actor: principal, operation: 'personIndicators', purpose, personIds: [personId] });
    return rows.map((r) => ({ ...r.indicator, detail: r.indicator.detail ?? null }));
  }

  async subjectReport(principal: Principal, personId: string): Promise<MunicipalSubjectReportModel> {
    const municipalityCode = this.municipalityOf(principal);
    const indicators = await this.graph.read<{ indicator: IndicatorModel }>('municipal/person-indicators', {
      personId,
      municipalityCodes: [municipalityCode],
    });
    const flags = await this.graph.read<{
      flag: { id: string; status: string; ruleIds: string[]; asOf: string };
      decisions: ({ decision: string; note: string; at: string } | null)[];
    }>('municipal/person-support-flags', { personId, municipalityCode });
    await this.audit.record({
      actor: principal,
      operation: 'municipalSubjectReport',
      purpose: 'Aktindsigt (registreret)',
      personIds: [personId],
    });
    const title = (id: string) => this.rules.rule(id)?.titleDa ?? id;
    return {
      personId,
      municipalityCode,
      indicators: indicators.map((r) => ({ ...r.indicator, detail: r.indicator.detail ?? null })),
      flags: flags.map((f) => ({
        id: f.flag.id,
        status: f.flag.status,
        asOf: f.flag.asOf,
        rules: (f.flag.ruleIds ?? []).map(title),
        decisions: f.decisions.filter((d): d is NonNullable<typeof d> => d !== null).map((d) => ({ ...d, actor: 'kommunen' })),
      })),
    };
  }

  /** Police side: a flag's members' indicators from the flag's municipality, only under a basis in force. */
  async sharedIndicators(principal: Principal, flagId: string, municipalityCode: string, today: string): Promise<SharedIndicatorsModel> {
    const orgs = orgOf(principal);
    const bases = (await Promise.all(orgs.map((org) => this.basesInForce(org, `municipality:${municipalityCode}`, today)))).flat();
    if (bases.length === 0) {
      await this.audit.record({ actor: principal, operation: 'sharedIndicators', outcome: 'denied', detail: { flagId } });
      return { indicators: [], sharingBases: [] };
    }
    const rows = await this.graph.read<{ personId: string; kind: string; date: string }>('municipal/flag-member-indicators', {
      flagId,
      municipalityCode,
    });
    await this.audit.record({
      actor: principal,
      operation: 'sharedIndicators',
      personIds: rows.map((r) => r.personId),
      detail: { flagId, sharingBases: bases.map((b) => b.id) },
    });
    return { indicators: rows, sharingBases: bases };
  }

  async createBasis(
    principal: Principal,
    input: Omit<SharingBasisModel, 'id' | 'createdBy'>,
    now: Date = new Date(),
  ): Promise<SharingBasisModel> {
    const sourceOk = input.fromSource === 'police' || /^municipality:\d{3}$/.test(input.fromSource);
    const orgOk = input.toOrg === 'police' || /^district:[A-Z]{3}$/.test(input.toOrg) || /^municipality:\d{3}$/.test(input.toOrg);
    if (!sourceOk)
      throw new BadInputError('fromSource', {
        da: "skal være 'police' eller 'municipality:<kode>'",
        en: "must be 'police' or 'municipality:<code>'",
      });
    if (!orgOk)
      throw new BadInputError('toOrg', {
        da: "skal være 'police', 'district:<kode>' eller 'municipality:<kode>'",
        en: "must be 'police', 'district:<code>' or 'municipality:<code>'",
      });
    const code = (s: string) => s.split(':')[1] ?? '';
    if (input.fromSource.startsWith('municipality:') && !this.reference.municipality(code(input.fromSource)))
      throw new BadInputError('fromSource', { da: 'ukendt kommune', en: 'unknown municipality' });
    if (input.toOrg.startsWith('municipality:') && !this.reference.municipality(code(input.toOrg)))
      throw new BadInputError('toOrg', { da: 'ukendt kommune', en: 'unknown municipality' });
    if (input.toOrg.startsWith('district:') && !this.reference.isDistrict(code(input.toOrg)))
      throw new BadInputError('toOrg', { da: 'ukendt politikreds', en: 'unknown police district' });
    if ((input.fromSource === 'police') === (input.toOrg === 'police' || input.toOrg.startsWith('district:'))) {
      throw new BadInputError('toOrg', {
        da: 'et delingsgrundlag går fra politiet til en kommune eller fra en kommune til politiet',
        en: 'a sharing basis goes from the police to a municipality or from a municipality to the police',
      });
    }
    if (input.legalBasis.trim().length < 5 || input.purpose.trim().length < 5)
      throw new BadInputError('legalBasis', { da: 'angiv hjemmel og formål', en: 'name the legal basis and the purpose' });
    if (!isIsoDate(input.validFrom) || !isIsoDate(input.validUntil) || input.validUntil <= input.validFrom) {
      throw new BadInputError('validUntil', {
        da: 'validFrom og validUntil er datoer, validUntil efter validFrom',
        en: 'validFrom and validUntil are dates, validUntil after validFrom',
      });
    }
    const id = `basis-${randomUUID()}`;
    await this.graph.write('municipal/create-sharing-basis', { ...input, id, actor: principal.id, now: now.toISOString() });
    await this.audit.record({ actor: principal, operation: 'createSharingBasis', detail: { id, ...input } }, now);
    return { ...input, id, createdBy: principal.id };
  }

  /** Ends a basis early with a reason: from today it no longer applies (atomic; audited). */
  async endBasis(principal: Principal, id: string, reason: string, now: Date = new Date()): Promise<SharingBasisModel> {
    const text = (reason ?? '').trim();
    if (text.length < 5 || text.length > 2000)
      throw new BadInputError('reason', {
        da: 'skriv, hvorfor grundlaget ophører før tid (5-2000 tegn)',
        en: 'say why the basis ends early (5-2000 characters)',
      });
    const basisId = id.slice(0, 200);
    const [row] = await this.graph.write<{ ok: boolean; validUntil: string; endReason: string | null }>('municipal/end-sharing-basis', {
      id: basisId,
      reason: text,
      actor: principal.id,
      today: this.clock.today(),
      now: now.toISOString(),
    });
    if (!row) throw new NotFoundError(THING.sharingBasis, basisId);
    if (!row.ok) {
      await this.audit.record({ actor: principal, operation: 'endSharingBasis', outcome: 'denied', detail: { id: basisId } }, now);
      throw new AppError(
        'CONFLICT',
        {
          da: `Delingsgrundlaget er allerede ophørt (${row.endReason ?? `gyldigt til ${row.validUntil}`})`,
          en: `The sharing basis has already ended (${row.endReason ?? `valid until ${row.validUntil}`})`,
        },
        {
          validUntil: row.validUntil,
        },
      );
    }
    await this.audit.record(
      { actor: principal, operation: 'endSharingBasis', detail: { id: basisId, reason: text, validUntil: row.validUntil } },
      now,
    );
    const basis = (await this.bases(null, null)).find((b) => b.id === basisId);
    if (!basis) throw new NotFoundError(THING.sharingBasis, basisId);
    return basis;
  }

  async bases(toOrg: string | null, on: string | null): Promise<SharingBasisModel[]> {
    const rows = await this.graph.read<{ basis: SharingBasisModel }>('municipal/sharing-bases', { toOrg, on });
    return rows.map((r) => r.basis);
  }

  private async basesInForce(toOrg: string, fromSource: string, on: string): Promise<SharingBasisModel[]> {
    return (await this.bases(toOrg, on)).filter((b) => b.fromSource === fromSource);
  }
}
