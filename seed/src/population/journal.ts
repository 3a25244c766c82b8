import { CASE_CATEGORIES } from '../../../server/src/reference/reference-data.js';

// A four-digit number per police district, as the first part of a journal number.
const DISTRICT_NUMBER: Record<string, string> = {
  KBH: '0100',
  KBV: '0200',
  NSJ: '0300',
  MVS: '0400',
  SSL: '0500',
  BOR: '0600',
  FYN: '2200',
  SSJ: '3100',
  SOJ: '3200',
  OJY: '4100',
  MVJ: '4200',
  NJY: '5100',
};

const CATEGORY_INDEX = new Map(CASE_CATEGORIES.map((c, i) => [c.code, i]));

/**
 * A police journal number `dddd-ddddd-ddddd-dd`: district, a series and category code, a running
 * number within district and year, and the two-digit year. `series` keeps the generator (8) and
 * the hand-written fixtures (9) apart; running numbers above 99,999 carry into the second part.
 */
export function journalNumber(districtCode: string, year: number, category: string, seq: number, series: 8 | 9): string {
  const district = DISTRICT_NUMBER[districtCode];
  const categoryIndex = CATEGORY_INDEX.get(category);
  if (district === undefined || categoryIndex === undefined) throw new Error(`journalNumber: unknown ${districtCode}/${category}`);
  const carry = Math.floor(seq / 100_000);
  if (carry > 9) throw new Error('journalNumber: more than a million cases in one district and year');
  const second = `${series}${String(categoryIndex).padStart(2, '0')}${carry}0`;
  const running = String(seq % 100_000).padStart(5, '0');
  return `${district}-${second}-${running}-${String(year % 100).padStart(2, '0')}`;
}

/** Running numbers per district and year. */
export class JournalCounter {
  private readonly next = new Map<string, number>();

  constructor(private readonly series: 8 | 9) {}

  issue(districtCode: string, year: number, category: string): string {
    const key = `${districtCode}:${year}`;
    const seq = (this.next.get(key) ?? 0) + 1;
    this.next.set(key, seq);
    return journalNumber(districtCode, year, category, seq, this.series);
  }
}
