import { describe, expect, it } from 'vitest';
import { niceMax } from './charts';
import { defaultPeriod, median } from './stats-query';

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
