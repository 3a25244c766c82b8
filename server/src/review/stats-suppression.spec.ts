import { describe, expect, it } from 'vitest';
import { SUPPRESS_BELOW, shownRatio, suppressCounts, suppressed } from './stats-suppression.js';

describe('suppression of small counts', () => {
  it('hides 1 to 4 and keeps 0 and every count from 5 up exactly', () => {
    expect(SUPPRESS_BELOW).toBe(5);
    expect([0, 1, 2, 3, 4, 5, 6, 17, 1000].map(suppressed)).toEqual([0, null, null, null, null, 5, 6, 17, 1000]);
  });

  it('suppresses only the named counts of a row', () => {
    expect(suppressCounts({ name: 'Aalborg', a: 3, b: 12, c: 0 }, ['a', 'b'])).toEqual({ name: 'Aalborg', a: null, b: 12, c: 0 });
  });

  it('gives no ratio that would reveal a suppressed count', () => {
    expect(shownRatio(5, 10)).toBe(0.5);
    expect(shownRatio(0, 10)).toBe(0);
    expect(shownRatio(3, 10)).toBeNull(); // 0.3 of 10 is 3
    expect(shownRatio(6, 4)).toBeNull(); // the denominator is small
    expect(shownRatio(4, 0)).toBeNull();
    expect(shownRatio(6, 2000, 1000)).toBe(3);
  });
});
