import { describe, expect, it } from 'vitest';
import { ageOn, legalBasisOn } from './report-letter.js';

describe('the letter', () => {
  it('cites the law in force on the issue date', () => {
    expect(legalBasisOn('2023-12-31')).toMatch(/serviceloven § 153/);
    expect(legalBasisOn('2024-01-01')).toMatch(/barnets lov § 133/);
    expect(legalBasisOn('2026-06-30T10:00:00Z')).toMatch(/barnets lov § 133/);
  });

  it('gives the age in whole years on the issue date', () => {
    expect(ageOn('2015-09-09', '2025-09-08')).toBe(9);
    expect(ageOn('2015-09-09', '2025-09-09')).toBe(10);
  });
});
