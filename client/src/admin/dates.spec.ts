import { describe, expect, it } from 'vitest';
import { copenhagenDateTime, dayStart, isDay, nextDay, periodBounds, todayInCopenhagen } from './dates';

describe('Danish days', () => {
  it('starts a day at midnight in Copenhagen, in winter and in summer', () => {
    expect(dayStart('2026-01-15')).toBe('2026-01-15T00:00:00+01:00');
    expect(dayStart('2026-07-01')).toBe('2026-07-01T00:00:00+02:00');
    // the days of the switch: midnight still has the old offset
    expect(dayStart('2026-03-29')).toBe('2026-03-29T00:00:00+01:00');
    expect(dayStart('2026-10-25')).toBe('2026-10-25T00:00:00+02:00');
  });

  it('includes both ends of a period', () => {
    expect(periodBounds('2026-03-01', '2026-03-31')).toEqual({ from: '2026-03-01T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00' });
    expect(periodBounds(null, '')).toEqual({ from: null, to: null });
    expect(periodBounds('1. marts', null)).toEqual({ from: null, to: null });
  });

  it('knows today in Copenhagen and the next day', () => {
    expect(todayInCopenhagen(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2025-12-31')).toBe('2026-01-01');
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2026-13-01')).toBe(false);
  });

  it('shows an instant as a Danish date and time', () => {
    expect(copenhagenDateTime('2026-06-30T22:30:00.000Z')).toEqual({ date: '2026-07-01', time: '00:30' });
    expect(copenhagenDateTime('2026-01-05T09:04:00Z')).toEqual({ date: '2026-01-05', time: '10:04' });
  });
});
