import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AppError, BadInputError } from '../common/app-error.js';
import { GraphService } from '../graph/graph.service.js';
import { isIsoDate } from '@opspor/contract';
import { nameQuery } from '../people/lucene.js';
import { ReferenceService } from '../reference/reference.service.js';
import { Clock } from '../common/clock.js';
import { RuleRegistry } from '../risk/index.js';
import type {
  SubjectCandidateModel,
  SubjectExtractModel,
  SubjectFlagModel,
  SubjectLookupModel,
  SubjectReportModel,
  SubjectSearchModel,
} from './subject-access.models.js';

export const SUBJECT_PURPOSE = 'Aktindsigt (registreret)';
const MATCHES_MAX = 20;
const LOOKUPS_MAX = 5000;

const WHAT_DA: Record<string, string> = {
  searchPersons: 'Søgning på personer',
  person: 'Opslag på person',
  personTimeline: 'Opslag på personens tidslinje',
  family: 'Visning af familie',
  runSavedQuery: 'Kørsel af gemt forespørgsel',
  flag: 'Visning af markering',
  flags: 'Liste over markeringer',
  flagReview: 'Visning af markeringens behandling',
  flagCaseDetail: 'Visning af sag bag markering',
  reportPreview: 'Forhåndsvisning af underretning',
  saveReportDraft: 'Udkast til underretning',
  requestReportApproval: 'Underretning sendt til godkendelse',
  approveReport: 'Godkendelse af underretning',
  returnReport: 'Underretning sendt retur',
  'report.pdf': 'Udskrift af underretning (PDF)',
  'report.html': 'Udskrift af underretning',
  supportFlags: 'Liste over tilbud om støtte',
  supportFlag: 'Visning af tilbud om støtte',
  personIndicators: 'Opslag på kommunale indikatorer',
  subjectSearch: 'Søgning til aktindsigt',
  subjectExtract: 'Aktindsigt',
};

interface PersonRow {
  id: string;
  name: string;
  birthDate: string | null;
}

/**
 * People's rights: the data-subject extract starts from a person picker (name, birth date or id,
 * with birth dates to tell namesakes apart). An input that resolves to nobody says so — it never
 * produces an extract stating that no records exist.
 */
@Injectable()
export class SubjectAccessService {
  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(RuleRegistry) private readonly rules: RuleRegistry,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async search(principal: Principal, text: string): Promise<SubjectSearchModel> {
    const query = (text ?? '').trim().slice(0, 200);
    if (query.length < 2)
      throw new BadInputError('query', {
        da: 'skriv et navn, en fødselsdato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ) eller et person-id',
        en: 'type a name, a birth date (YYYY-MM-DD or DD.MM.YYYY) or a person id',
      });
    const [searchedBy, matches] = await this.find(query);
    await this.audit.record({
      actor: principal,
      operation: 'subjectSearch',
      purpose: SUBJECT_PURPOSE,
      personIds: matches.map((m) => m.personId),
      detail: { searchedBy, matches: matches.length },
    });
    return {
      searchedBy,
      matches,
      message: matches.length === 0 ? `No person matches “${query}”: check the spelling, or search by birth date or id` : null,
    };
  }

  async extract(principal: Principal, personId: string): Promise<SubjectExtractModel> {
    const id = (personId ?? '').trim().slice(0, 200);
    const [person] = await this.graph.read<PersonRow>('people/search-by-id', {
      id,
      districtCode: null,
      today: this.clock.today(),
      offset: 0,
      limit: 1,
    });
    if (!person) {
      await this.audit.record({
        actor: principal,
        operation: 'subjectExtract',
        purpose: SUBJECT_PURPOSE,
        outcome: 'denied',
        detail: { id },
      });
      throw new AppError(
        'NOT_FOUND',
        {
          da: `Ingen person passer til “${id}”: vælg personen i søgningen først`,
          en: `No person matches “${id}”: choose the person in the search first`,
        },
        { id },
      );
    }
    const municipalityCode = principal.role === 'municipal-admin' ? principal.municipalityCode : null;
    if (principal.role === 'municipal-admin' && !municipalityCode)
      throw new AppError('FORBIDDEN', {
        da: 'En kommunal administrator hører til en kommune',
        en: 'A municipal administrator belongs to a municipality',
      });
    // The extract is itself a read of the person's data: audited before anything is returned.
    await this.audit.record({ actor: principal, operation: 'subjectExtract', purpose: SUBJECT_PURPOSE, personIds: [person.id] });
    const lookups = await this.lookups(person.id, municipalityCode);
    const title = (ruleId: string) => this.rules.rule(ruleId)?.titleDa ?? ruleId;
    let flags: SubjectFlagModel[];
    let reports: SubjectReportModel[] = [];
    let indicators: { kind: string; date: string }[] = [];
    if (municipalityCode) {
      const rows = await this.graph.read<{
        flagId: string;
        status: string;
        ruleIds: string[];
        createdAt: string;
        familyAnswer: string | null;
      }>('rights/support-flags', { personId: person.id, municipalityCode });
      flags = rows.map((r) => ({ ...r, rules: r.ruleIds.map(title), relation: null, versions: 0 }));
      indicators = (
        await this.graph.read<{ indicator: { kind: string; date: string } }>('municipal/person-indicators', {
          personId: person.id,
          municipalityCodes: [municipalityCode],
        })
      ).map((r) => ({ kind: r.indicator.kind, date: r.indicator.date }));
    } else {
      const rows = await this.graph.read<{
        flagId: string;
        status: string;
        ruleIds: string[];
        createdAt: string | null;
        relation: string | null;
        versions: number;
        report: SubjectReportModel | null;
      }>('rights/police-flags', { personId: person.id });
      flags = rows.map((r) => ({ ...r, rules: r.ruleIds.map(title), familyAnswer: null }));
      reports = rows.flatMap((r) => (r.report ? [{ ...r.report, issueDate: r.report.issueDate ?? null }] : []));
    }
    return {
      holder: municipalityCode ? `municipality:${municipalityCode}` : 'police',
      holderName: municipalityCode ? `${this.reference.municipality(municipalityCode)?.name ?? municipalityCode} Kommune` : 'Politiet',
      personId: person.id,
      name: person.name,
      birthDate: person.birthDate ?? null,
      generatedAt: new Date().toISOString(),
      lookups,
      purposes: [...new Set(lookups.map((l) => l.purpose).filter((p): p is string => !!p))].sort(),
      flags,
      reports,
      indicators,
    };
  }

  private async lookups(personId: string, municipalityCode: string | null): Promise<SubjectLookupModel[]> {
    const rows = await this.graph.read<{ event: Omit<SubjectLookupModel, 'what'> & { detail: string | null } }>('rights/lookups', {
      personId,
      municipalityCode,
      limit: LOOKUPS_MAX,
    });
    return rows.map(({ event }) => ({
      at: event.at,
      actor: event.actor,
      role: event.role,
      operation: event.operation,
      what: savedQueryName(event) ?? WHAT_DA[event.operation] ?? event.operation,
      purpose: event.purpose ?? null,
      outcome: event.outcome,
    }));
  }

  /** A name resolves by id, by birth date, or by the full-text name index, in that order. */
  private async find(query: string): Promise<['id' | 'birthDate' | 'name', SubjectCandidateModel[]]> {
    const base = { districtCode: null, today: this.clock.today(), offset: 0, limit: MATCHES_MAX };
    const toCandidates = (rows: PersonRow[]) => rows.map((r) => ({ personId: r.id, name: r.name, birthDate: r.birthDate ?? null }));
    const danish = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(query);
    const birthDate = danish ? `${danish[3]}-${danish[2]}-${danish[1]}` : query;
    if (isIsoDate(birthDate))
      return ['birthDate', toCandidates(await this.graph.read<PersonRow>('people/search-by-birth-date', { ...base, birthDate }))];
    const byId = await this.graph.read<PersonRow>('people/search-by-id', { ...base, id: query });
    if (byId.length > 0) return ['id', toCandidates(byId)];
    const lucene = nameQuery(query);
    if (!lucene) return ['name', []];
    return ['name', toCandidates(await this.graph.read<PersonRow>('people/search-by-name', { ...base, query: lucene }))];
  }
}

function savedQueryName(event: { operation: string; detail: string | null }): string | null {
  if (event.operation !== 'runSavedQuery' || !event.detail) return null;
  try {
    const detail = JSON.parse(event.detail) as { name?: unknown };
    return typeof detail.name === 'string' ? `Kørsel af gemt forespørgsel “${detail.name}”` : null;
  } catch {
    return null;
  }
}
