import { describe, expect, it } from 'vitest';
import { partnershipEvents } from './models/timeline.model.js';
import { relationsToIndex } from './relations.js';

describe('relations to the searched person', () => {
  const persons = ['kid', 'mum', 'dad', 'dadsWife', 'herKid', 'halfBro', 'sis', 'gran', 'lodger', 'lodgersKid', 'exOfMum'].map((id) => ({
    id,
    age: ['kid', 'herKid', 'halfBro', 'sis', 'lodgersKid'].includes(id) ? 8 : 40,
  }));
  const parentLinks = [
    ['mum', 'kid'],
    ['dad', 'kid'],
    ['mum', 'sis'],
    ['dad', 'sis'],
    ['dad', 'halfBro'],
    ['dadsWife', 'halfBro'],
    ['dadsWife', 'herKid'],
    ['gran', 'mum'],
  ].map(([parentId, childId]) => ({ parentId: parentId!, childId: childId! }));
  const partnerships = [
    { personA: 'dad', personB: 'dadsWife', status: 'current' },
    { personA: 'mum', personB: 'dad', status: 'separated' },
    { personA: 'mum', personB: 'exOfMum', status: 'divorced' },
  ];
  const kinIds = new Set(persons.map((p) => p.id).filter((id) => !id.startsWith('lodger')));

  it('names parents, siblings, half- and step-relations, grandparents and co-residents', () => {
    const r = relationsToIndex({ rootId: 'kid', kinIds, persons, parentLinks, partnerships });
    expect(Object.fromEntries(r)).toEqual({
      kid: 'self',
      mum: 'parent',
      dad: 'parent',
      sis: 'sibling',
      halfBro: 'half-sibling',
      dadsWife: 'step-parent',
      herKid: 'step-sibling',
      gran: 'grandparent',
      exOfMum: 'parent-former-partner',
      lodger: 'other-adult',
      lodgersKid: 'other-child',
    });
  });

  it('names partners and their children from the partner side', () => {
    const r = relationsToIndex({ rootId: 'dad', kinIds, persons, parentLinks, partnerships });
    expect([r.get('dadsWife'), r.get('mum'), r.get('herKid'), r.get('halfBro')]).toEqual([
      'partner',
      'former-partner',
      'child-of-partner',
      'child',
    ]);
  });
});

describe('partnership events', () => {
  it('gives no separation when a cohabitation became a marriage, and a divorce when the marriage ended', () => {
    const kin = [
      { type: 'partner' as const, a: 'x', b: 'y', kind: 'cohabiting', from: '2006-12-01', to: '2008-06-14' },
      { type: 'partner' as const, a: 'y', b: 'x', kind: 'married', from: '2008-06-14', to: '2016-09-01' },
      { type: 'partner' as const, a: 'x', b: 'z', kind: 'cohabiting', from: '2017-01-01', to: '2018-01-01' },
    ];
    const events = partnershipEvents(kin, '1900-01-01', '2025-01-01').map((e) => `${e.date} ${e.kind}`);
    expect(events.sort()).toEqual([
      '2006-12-01 partnership',
      '2008-06-14 marriage',
      '2016-09-01 divorce',
      '2017-01-01 partnership',
      '2018-01-01 separation',
    ]);
    expect(partnershipEvents(kin, '2010-01-01', '2017-06-01').map((e) => e.kind)).toEqual(['divorce', 'partnership']);
  });
});
