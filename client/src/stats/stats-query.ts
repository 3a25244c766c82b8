import { gql } from '../gql';
import type { StatisticsQuery } from '../gql/graphql';

export const STATISTICS = gql(`query Statistics($from: String!, $to: String!, $district: String) {
  reviewStatistics(fromMonth: $from, toMonth: $to, districtCode: $district) {
    fromMonth toMonth districtCode populationDate suppressedBelow
    months { month flagsRaised reportsSent reportsOwnDistrict reportsElsewhere dismissals }
    districts { districtCode districtName flagsRaised reportsSent reportsOwnDistrict reportsElsewhere dismissals }
    municipalities { municipalityCode municipalityName districtCode flagsRaised reportsReceived dismissals population flagsPer1000 }
    rules { ruleId titleDa titleEn reports judged relevant notRelevant alreadyKnown relevantShare }
  }
}`);

export const DISTRICTS = gql(`query Districts { policeDistricts { code name } }`);

/** A count, or null when it is 1 to suppressedBelow - 1: suppressed on the server, shown as "<5". */
export type Count = number | null;

// The shapes the page uses, taken from the generated operation type (no hand-written copies).
export type Statistics = StatisticsQuery['reviewStatistics'];
export type MonthStats = Statistics['months'][number];
export type DistrictStats = Statistics['districts'][number];
export type MunicipalityStats = Statistics['municipalities'][number];
export type RuleStats = Statistics['rules'][number];

/** The last twelve months up to this one, as YYYY-MM. */
export function defaultPeriod(now: Date = new Date()): { from: string; to: string } {
  const to = now.toISOString().slice(0, 7);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  return { from: start.toISOString().slice(0, 7), to };
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A count as the page shows it: "<5" for a suppressed one. */
export function showCount(value: Count, below: number, format: (v: number) => string = String): string {
  return value === null ? `<${below}` : format(value);
}
