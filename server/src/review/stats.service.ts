import { Inject, Injectable } from '@nestjs/common';
import { BadInputError, LimitExceededError } from '../common/app-error.js';
import { GraphService } from '../graph/graph.service.js';
import { isIsoDate } from '@opspor/contract';
import { ReferenceService } from '../reference/reference.service.js';
import { RuleRegistry } from '../risk/index.js';
import { ReviewClock } from './review.clock.js';
import { SUPPRESS_BELOW, shownRatio, suppressCounts } from './stats-suppression.js';
import type {
  DistrictStatisticsModel,
  MonthStatisticsModel,
  MunicipalityStatisticsModel,
  ReviewStatisticsModel,
  RuleRelevanceModel,
} from './models/stats.model.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Counting a whole country's residents on a date reads every residence: give it longer than a page read. */
const POPULATION_TIMEOUT_MS = 120_000;
export const STATS_MAX_MONTHS = 120;

interface CountRow {
  month: string;
  districtCode: string;
  municipalityCode: string;
  count: number;
}

interface RuleRow {
  ruleId: string;
  reports: number;
  judged: number;
  relevant: number;
  notRelevant: number;
  alreadyKnown: number;
}

/** A model with its counts still exact: it never leaves this service unsuppressed. */
type Exact<T> = { [K in keyof T]: T[K] extends number | null ? number : T[K] };

const MONTH_COUNTS = ['flagsRaised', 'reportsSent', 'reportsOwnDistrict', 'reportsElsewhere', 'dismissals'] as const;
const MUNICIPALITY_COUNTS = ['flagsRaised', 'reportsReceived', 'dismissals', 'population'] as const;
const RULE_COUNTS = ['reports', 'judged', 'relevant', 'notRelevant', 'alreadyKnown'] as const;

/**
 * Statistics of flags, reports and dismissals. Every query aggregates; no person leaves the
 * database, and no count of 1–4 leaves the server (stats-suppression.ts).
 */
@Injectable()
export class StatsService {
  constructor(
    @Inject(GraphService) private readonly graph: GraphService,
    @Inject(ReferenceService) private readonly reference: ReferenceService,
    @Inject(RuleRegistry) private readonly rules: RuleRegistry,
    @Inject(ReviewClock) private readonly clock: ReviewClock,
  ) {}

  async statistics(args: {
    fromMonth: string;
    toMonth: string;
    districtCode: string | null;
    populationDate: string | null;
  }): Promise<ReviewStatisticsModel> {
    const months = monthRange(args.fromMonth, args.toMonth);
    const districtCode = args.districtCode;
    if (districtCode !== null && !this.reference.isDistrict(districtCode))
      throw new BadInputError('districtCode', {
        da: `"${districtCode.slice(0, 20)}" er ikke en politikreds`,
        en: `"${districtCode.slice(0, 20)}" is not a police district`,
      });
    const populationDate = args.populationDate ?? minDate(lastDay(args.toMonth), this.clock.today());
    if (!isIsoDate(populationDate))
      throw new BadInputError('populationDate', { da: 'skal være en dato ÅÅÅÅ-MM-DD', en: 'must be a date YYYY-MM-DD' });
    const params = { fromMonth: args.fromMonth, toMonth: args.toMonth, districtCode };
    const [raised, reports, dismissals, ruleRows] = await Promise.all([
      this.graph.read<CountRow>('stats/flags-raised', params),
      this.graph.read<CountRow>('stats/reports-sent', params),
      this.graph.read<CountRow>('stats/dismissals', params),
      this.graph.read<RuleRow>('stats/rule-outcomes', params),
    ]);
    const own = (r: CountRow) => this.reference.municipality(r.municipalityCode)?.districtCode === r.districtCode;
    return {
      fromMonth: args.fromMonth,
      toMonth: args.toMonth,
      districtCode,
      populationDate,
      suppressedBelow: SUPPRESS_BELOW,
      months: months.map((month): MonthStatisticsModel => {
        const sent = reports.filter((r) => r.month === month);
        const exact: Exact<MonthStatisticsModel> = {
          month,
          flagsRaised: sum(raised.filter((r) => r.month === month)),
          reportsSent: sum(sent),
          reportsOwnDistrict: sum(sent.filter(own)),
          reportsElsewhere: sum(sent.filter((r) => !own(r))),
          dismissals: sum(dismissals.filter((r) => r.month === month)),
        };
        return suppressCounts(exact, MONTH_COUNTS);
      }),
      districts: this.byDistrict(districtCode, raised, reports, dismissals, own),
      municipalities: await this.byMunicipality(districtCode, populationDate, raised, reports, dismissals),
      rules: ruleRows.map((r): RuleRelevanceModel => {
        const def = this.rules.rule(r.ruleId);
        return {
          ...suppressCounts(r, RULE_COUNTS),
          titleDa: def?.titleDa ?? r.ruleId,
          titleEn: def?.titleEn ?? r.ruleId,
          relevantShare: shownRatio(r.relevant, r.judged),
        };
      }),
    };
  }

  private byDistrict(
    districtCode: string | null,
    raised: CountRow[],
    reports: CountRow[],
    dismissals: CountRow[],
    own: (r: CountRow) => boolean,
  ): DistrictStatisticsModel[] {
    return this.reference.districts
      .filter((d) => districtCode === null || d.code === districtCode)
      .map((d) => {
        const sent = reports.filter((r) => r.districtCode === d.code);
        const exact: Exact<DistrictStatisticsModel> = {
          districtCode: d.code,
          districtName: d.name,
          flagsRaised: sum(raised.filter((r) => r.districtCode === d.code)),
          reportsSent: sum(sent),
          reportsOwnDistrict: sum(sent.filter(own)),
          reportsElsewhere: sum(sent.filter((r) => !own(r))),
          dismissals: sum(dismissals.filter((r) => r.districtCode === d.code)),
        };
        return suppressCounts(exact, MONTH_COUNTS);
      });
  }

  /** The district's municipalities, plus any municipality elsewhere that received its reports. */
  private async byMunicipality(
    districtCode: string | null,
    date: string,
    raised: CountRow[],
    reports: CountRow[],
    dismissals: CountRow[],
  ): Promise<MunicipalityStatisticsModel[]> {
    const codes = new Set(
      this.reference.municipalities.filter((m) => districtCode === null || m.districtCode === districtCode).map((m) => m.code),
    );
    for (const r of reports) codes.add(r.municipalityCode);
    const population = new Map(
      (
        await this.graph.read<{ municipalityCode: string; population: number }>(
          'stats/population',
          { municipalityCodes: [...codes], date },
          POPULATION_TIMEOUT_MS,
        )
      ).map((r) => [r.municipalityCode, r.population]),
    );
    return [...codes]
      .map((code): MunicipalityStatisticsModel => {
        const ref = this.reference.municipality(code);
        const flagsRaised = sum(raised.filter((r) => r.municipalityCode === code));
        const residents = population.get(code) ?? 0;
        const exact = {
          municipalityCode: code,
          municipalityName: ref?.name ?? code,
          districtCode: ref?.districtCode ?? '',
          flagsRaised,
          reportsReceived: sum(reports.filter((r) => r.municipalityCode === code)),
          dismissals: sum(dismissals.filter((r) => r.municipalityCode === code)),
          population: residents,
        };
        return { ...suppressCounts(exact, MUNICIPALITY_COUNTS), flagsPer1000: shownRatio(flagsRaised, residents, 1000) };
      })
      .sort((a, b) => a.municipalityCode.localeCompare(b.municipalityCode));
  }
}

function sum(rows: { count: number }[]): number {
  return rows.reduce((s, r) => s + r.count, 0);
}

export function monthRange(from: string, to: string): string[] {
  const a = MONTH.exec(from);
  const b = MONTH.exec(to);
  if (!a) throw new BadInputError('fromMonth', { da: 'skal være en måned ÅÅÅÅ-MM', en: 'must be a month YYYY-MM' });
  if (!b) throw new BadInputError('toMonth', { da: 'skal være en måned ÅÅÅÅ-MM', en: 'must be a month YYYY-MM' });
  const start = Number(a[1]) * 12 + Number(a[2]) - 1;
  const end = Number(b[1]) * 12 + Number(b[2]) - 1;
  if (end < start) throw new BadInputError('toMonth', { da: 'må ikke ligge før fromMonth', en: 'must not be before fromMonth' });
  if (end - start + 1 > STATS_MAX_MONTHS)
    throw new LimitExceededError({ da: 'Antal måneder', en: 'months' }, STATS_MAX_MONTHS, end - start + 1);
  const out: string[] = [];
  for (let m = start; m <= end; m++) out.push(`${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`);
  return out;
}

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
