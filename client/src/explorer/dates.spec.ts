import { describe, expect, it } from 'vitest';
import { familySpan, isIsoDate, todayIso } from './dates';

describe('explorer dates', () => {
  it('says today is the Copenhagen day (as on the server), not the UTC one', () => {
    expect(todayIso(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15');
    expect(todayIso(new Date('2026-07-01T21:30:00Z'))).toBe('2026-07-01');
    expect(todayIso(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });
  it('uses the shared ISO date check', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
  });
  it('spans a family from its earliest birth to today', () => {
    expect(familySpan(['2012-03-04', '1980-05-01'], '2026-12-01')).toEqual({ from: '1980-05-01', to: '2026-12-01' });
    expect(familySpan([], '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
  });
});
