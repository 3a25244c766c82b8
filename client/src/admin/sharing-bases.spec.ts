import { describe, expect, it } from 'vitest';
import { endReasonProblem } from './sharing-end-api';
import type { NewSharingBasis, SharingBasis } from './admin-api';
import { basisProblems, basisStatus, groupBases } from './sharing-bases';

const basis = (id: string, validFrom: string, validUntil: string): SharingBasis => ({
  id,
  legalBasis: 'Serviceloven § 49 b',
  purpose: 'Tidlig indsats',
  fromSource: 'municipality:851',
  toOrg: 'police',
  validFrom,
  validUntil,
  createdBy: 'admin',
  createdByName: null,
});

describe('sharing bases by date', () => {
  it('is in force from its first day up to, not including, its end', () => {
    const b = basis('a', '2026-01-01', '2026-07-01');
    expect(basisStatus(b, '2025-12-31')).toBe('future');
    expect(basisStatus(b, '2026-01-01')).toBe('in-force');
    expect(basisStatus(b, '2026-06-30')).toBe('in-force');
    expect(basisStatus(b, '2026-07-01')).toBe('expired');
  });

  it('groups and orders them', () => {
    const groups = groupBases(
      [
        basis('x', '2025-01-01', '2025-06-01'),
        basis('y', '2026-01-01', '2027-01-01'),
        basis('z', '2026-02-01', '2026-12-01'),
        basis('f', '2027-01-01', '2028-01-01'),
      ],
      '2026-03-01',
    );
    expect(groups['in-force'].map((b) => b.id)).toEqual(['z', 'y']);
    expect(groups.future.map((b) => b.id)).toEqual(['f']);
    expect(groups.expired.map((b) => b.id)).toEqual(['x']);
  });
});

describe('a new sharing basis', () => {
  const ok: NewSharingBasis = {
    legalBasis: 'Serviceloven § 49 b',
    purpose: 'Tidlig indsats over for børn',
    fromSource: 'police',
    toOrg: 'municipality:851',
    validFrom: '2026-01-01',
    validUntil: '2027-01-01',
  };

  it('accepts a complete one in either direction', () => {
    expect(basisProblems(ok)).toEqual({});
    expect(basisProblems({ ...ok, fromSource: 'municipality:851', toOrg: 'district:NJY' })).toEqual({});
  });

  it('requires the legal basis and the purpose', () => {
    expect(basisProblems({ ...ok, legalBasis: '  ', purpose: 'kort' })).toEqual({ legalBasis: 'required', purpose: 'tooShort' });
  });

  it('goes between the police and a municipality, forwards in time', () => {
    expect(basisProblems({ ...ok, toOrg: 'police' })).toEqual({ toOrg: 'direction' });
    expect(basisProblems({ ...ok, fromSource: 'municipality:851', toOrg: 'municipality:101' })).toEqual({ toOrg: 'direction' });
    expect(basisProblems({ ...ok, validUntil: '2026-01-01' })).toEqual({ validUntil: 'untilAfterFrom' });
    expect(basisProblems({ ...ok, validFrom: '' })).toEqual({ validFrom: 'date' });
    expect(basisProblems({ ...ok, fromSource: '' })).toEqual({ fromSource: 'source' });
  });
});

describe('ending a basis early', () => {
  it('counts a future basis ended before it began as expired', () => {
    expect(basisStatus({ validFrom: '2090-01-01', validUntil: '2090-01-01' }, '2026-12-01')).toBe('expired');
    expect(basisStatus({ validFrom: '2090-01-01', validUntil: '2091-01-01' }, '2026-12-01')).toBe('future');
  });

  it('asks for a reason the API will take (5–2000 characters)', () => {
    expect(endReasonProblem('')).toBe('required');
    expect(endReasonProblem('   ')).toBe('required');
    expect(endReasonProblem('nej ')).toBe('tooShort');
    expect(endReasonProblem('Aftalen er opsagt')).toBeNull();
    expect(endReasonProblem('x'.repeat(2001))).toBe('tooLong');
  });
});
