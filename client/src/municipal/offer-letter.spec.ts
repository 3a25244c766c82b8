import { describe, expect, it } from 'vitest';
import type { FlagMember } from '../review/review.types';
import { childFirstNames, letterRecipients, offerDataKinds } from './offer-letter';
import type { SupportSignal } from './municipal.types';

const signal = (evidence: SupportSignal['evidence']): SupportSignal => ({ evidence }) as SupportSignal;
const member = (name: string, relation: string, birthDate: string, livesWithChildren = true): FlagMember =>
  ({ personId: name, name, relation, birthDate, livesWithChildren }) as FlagMember;

describe('the offer letter', () => {
  it('names each kind of the municipality’s own data once, and never a police record or another municipality’s data', () => {
    const flag = {
      municipalityCode: '851',
      signals: [
        signal([
          { kind: 'INDICATOR', id: 'i1', date: '2025-01-01', category: 'dental-no-show', municipality: '851' },
          { kind: 'INDICATOR', id: 'i2', date: '2025-02-01', category: 'dental-no-show', municipality: '851' },
        ]),
        signal([
          { kind: 'CASE', id: 'c1', date: '2025-01-05', category: 'vold', municipality: null },
          { kind: 'INDICATOR', id: 'i3', date: '2025-03-01', category: 'transfer-income', municipality: '851' },
          { kind: 'INDICATOR', id: 'i4', date: '2025-03-01', category: 'school-absence', municipality: '101' },
        ]),
      ],
    };
    expect(offerDataKinds(flag)).toEqual(['dental-no-show', 'transfer-income']);
  });

  it('is written to the adults who live with the children, about the children by first name, youngest first', () => {
    const members = [
      member('Mette Hansen', 'ADULT', '1990-01-01'),
      member('Jens Hansen', 'PARENT_ELSEWHERE', '1988-01-01', false),
      member('Ida Marie Hansen', 'CHILD', '2021-05-05'),
      member('Oskar Hansen', 'CHILD', '2023-02-02'),
    ];
    expect(childFirstNames({ members })).toEqual(['Oskar', 'Ida']);
    expect(letterRecipients({ members })).toEqual(['Mette Hansen']);
  });
});
