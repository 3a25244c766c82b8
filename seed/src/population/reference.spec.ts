import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES, POLICE_DISTRICTS } from '../../../server/src/reference/reference-data.js';
import { Rng } from '../random/prng.js';
import { danishDateTime, danishOffset, dayOf, isoOf } from './dates.js';
import { MUNIS, streetAddress } from './geography.js';
import { journalNumber, JournalCounter } from './journal.js';

describe('seed reference data', () => {
  it('has postal areas for all 98 municipalities, in the right district', () => {
    expect(MUNIS).toHaveLength(98);
    expect(MUNIS.map((m) => m.code)).toEqual(MUNICIPALITIES.map((m) => m.code));
    for (const m of MUNIS) {
      expect(m.population).toBeGreaterThan(0);
      for (const [postal, city] of m.postal) {
        expect(postal).toMatch(/^\d{4}$/);
        expect(city.length).toBeGreaterThan(1);
      }
    }
    const aalborg = MUNIS.find((m) => m.code === '851');
    expect(aalborg?.districtCode).toBe('NJY');
    expect(aalborg?.postal.every(([p]) => p.startsWith('9'))).toBe(true);
  });

  it('makes Danish-looking addresses', () => {
    const rng = new Rng(3);
    const copenhagen = MUNIS.findIndex((m) => m.code === '101');
    for (let i = 0; i < 50; i++) {
      const a = streetAddress(rng, copenhagen);
      expect(a.street).toMatch(/^\p{L}+ \d+[A-C]?(, (st\.|\d\.) (tv|th|mf))?$/u);
      expect(Number(a.postalCode)).toBeGreaterThanOrEqual(1000);
      expect(Number(a.postalCode)).toBeLessThan(3000);
    }
  });

  it('writes journal numbers in the police format, unique per district and year', () => {
    expect(journalNumber('NJY', 2024, 'vold', 42, 8)).toMatch(/^5100-8\d{4}-00042-24$/);
    const counter = new JournalCounter(8);
    const issued = new Set<string>();
    for (const district of POLICE_DISTRICTS) {
      for (let i = 0; i < 50; i++) issued.add(counter.issue(district.code, 2020 + (i % 3), 'tyveri'));
    }
    expect(issued.size).toBe(POLICE_DISTRICTS.length * 50);
    for (const j of issued) expect(j).toMatch(/^\d{4}-\d{5}-\d{5}-\d{2}$/);
    expect(journalNumber('KBH', 2024, 'vold', 123_456, 8)).toMatch(/^0100-8\d{2}10-23456-24$/);
  });

  it('uses Danish summer and winter time offsets', () => {
    expect(danishOffset(dayOf('2024-03-05'))).toBe('+01:00');
    expect(danishOffset(dayOf('2024-03-31'))).toBe('+02:00'); // last Sunday of March
    expect(danishOffset(dayOf('2024-10-26'))).toBe('+02:00');
    expect(danishOffset(dayOf('2024-10-27'))).toBe('+01:00'); // last Sunday of October
    expect(danishDateTime(dayOf('2024-03-05'), 22 * 60 + 15)).toBe('2024-03-05T22:15:00+01:00');
    expect(isoOf(dayOf('1999-12-31'))).toBe('1999-12-31');
    expect(() => dayOf('2024-02-30')).toThrow();
    expect(() => dayOf('2024-2-3')).toThrow();
  });
});
