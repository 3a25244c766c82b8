import { describe, expect, it } from 'vitest';
import { columnSegments, niceMax } from './charts';
import { defaultPeriod, median, showCount } from './stats-query';

describe('statistics helpers', () => {
  it('defaults to the last twelve months', () => {
    expect(defaultPeriod(new Date('2025-03-15T12:00:00Z'))).toEqual({ from: '2024-04', to: '2025-03' });
  });

  it('takes the median of odd and even lists', () => {
    expect(median([])).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });

  it('scales axes to a maximum whose half is whole', () => {
    expect([0, 1, 2, 3, 5, 11, 38, 401].map(niceMax)).toEqual([2, 2, 2, 4, 10, 20, 40, 1000]);
  });
});

describe('suppressed counts', () => {
  it('shows a suppressed count as "<5" and every other count as it is', () => {
    expect([null, 0, 5, 1234].map((v) => showCount(v, 5))).toEqual(['<5', '0', '5', '1234']);
  });

  it('never draws a suppressed count to its size: a band over the whole range 1–4, above the exact counts', () => {
    const own = columnSegments({ own: null, elsewhere: 12 }, ['own', 'elsewhere'], 5);
    expect(own.segments).toEqual([
      { key: 'elsewhere', from: 0, to: 12, suppressed: false },
      { key: 'own', from: 12, to: 16, suppressed: true },
    ]);
    expect(own.label).toBe('12 + <5');
    // The same band whatever the hidden count was: 1 and 4 look alike.
    expect(columnSegments({ a: null }, ['a'], 5)).toEqual({
      segments: [{ key: 'a', from: 0, to: 4, suppressed: true }],
      top: 4,
      label: '<5',
    });
    expect(columnSegments({ a: 0, b: 7 }, ['a', 'b'], 5)).toEqual({
      segments: [{ key: 'b', from: 0, to: 7, suppressed: false }],
      top: 7,
      label: '7',
    });
    expect(columnSegments({ a: 0 }, ['a'], 5).label).toBe('');
  });
});
