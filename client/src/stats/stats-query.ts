export const STATISTICS = `query Statistics($from: String!, $to: String!, $district: String) {
  reviewStatistics(fromMonth: $from, toMonth: $to, districtCode: $district) {
    fromMonth toMonth districtCode populationDate suppressedBelow
    months { month flagsRaised reportsSent reportsOwnDistrict reportsElsewhere dismissals }
    districts { districtCode districtName flagsRaised reportsSent reportsOwnDistrict reportsElsewhere dismissals }
    municipalities { municipalityCode municipalityName districtCode flagsRaised reportsReceived dismissals population flagsPer1000 }
    rules { ruleId titleDa titleEn reports judged relevant notRelevant alreadyKnown relevantShare }
  }
}`;

export const DISTRICTS = `query Districts { policeDistricts { code name } }`;

/** A count, or null when it is 1 to suppressedBelow - 1: suppressed on the server, shown as "<5". */
export type Count = number | null;

export interface MonthStats {
  month: string;
  flagsRaised: Count;
  reportsSent: Count;
  reportsOwnDistrict: Count;
  reportsElsewhere: Count;
  dismissals: Count;
}

export interface DistrictStats extends Omit<MonthStats, 'month'> {
  districtCode: string;
  districtName: string;
}

export interface MunicipalityStats {
  municipalityCode: string;
  municipalityName: string;
  districtCode: string;
  flagsRaised: Count;
  reportsReceived: Count;
  dismissals: Count;
  population: Count;
  flagsPer1000: number | null;
}

export interface RuleStats {
  ruleId: string;
  titleDa: string;
  titleEn: string;
  reports: Count;
  judged: Count;
  relevant: Count;
  notRelevant: Count;
  alreadyKnown: Count;
  relevantShare: number | null;
}

export interface Statistics {
  fromMonth: string;
  toMonth: string;
  districtCode: string | null;
  populationDate: string;
  /** counts below this (and above 0) arrive as null */
  suppressedBelow: number;
  months: MonthStats[];
  districts: DistrictStats[];
  municipalities: MunicipalityStats[];
  rules: RuleStats[];
}

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
