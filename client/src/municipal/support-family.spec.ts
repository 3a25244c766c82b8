import { describe, expect, it } from 'vitest';
import { buildGenogram } from '../explorer/genogram/elements';
import type { FlagMember } from '../review/review.types';
import { HOME_ID, supportFamily } from './support-family';

const member = (
  personId: string,
  relation: FlagMember['relation'],
  birthDate: string,
  livesWithChildren: boolean,
  relations: [string, FlagMember['relations'][number]['relation']][],
): FlagMember => ({
  personId,
  name: `Test ${personId}`,
  sex: relation === 'CHILD' ? 'M' : 'F',
  birthDate,
  age: 2025 - Number(birthDate.slice(0, 4)),
  relation,
  livesWithChildren,
  relations: relations.map(([childId, r]) => ({ childId, relation: r })),
});

// A mother and her partner with two children at home; the father lives elsewhere.
const members = [
  member('mor', 'ADULT', '1990-05-05', true, [
    ['barn', 'PARENT'],
    ['lille', 'PARENT'],
  ]),
  member('far', 'PARENT_ELSEWHERE', '1988-01-01', false, [['barn', 'PARENT']]),
  member('ven', 'ADULT', '1989-03-03', true, [
    ['barn', 'PARENT_PARTNER'],
    ['lille', 'PARENT'],
  ]),
  member('barn', 'CHILD', '2021-04-04', true, [['lille', 'SIBLING']]),
  member('lille', 'CHILD', '2023-06-06', true, [['barn', 'SIBLING']]),
];

describe('supportFamily', () => {
  it('links parents to their children and roots the drawing at the eldest child', () => {
    const family = supportFamily(members, '2025-03-01', 'Hjemme');
    expect(family.rootId).toBe('barn');
    expect(family.parentLinks).toEqual([
      { parentId: 'mor', childId: 'barn' },
      { parentId: 'mor', childId: 'lille' },
      { parentId: 'far', childId: 'barn' },
      { parentId: 'ven', childId: 'lille' },
    ]);
    expect(family.partnerships).toEqual([]);
  });

  it('puts the children and those who live with them in one household, and a parent elsewhere outside it', () => {
    const family = supportFamily(members, '2025-03-01', 'Hjemme');
    expect(family.households).toHaveLength(1);
    expect(family.households[0]).toMatchObject({ addressId: HOME_ID, street: 'Hjemme' });
    expect([...family.households[0]!.memberIds].sort()).toEqual(['barn', 'lille', 'mor', 'ven']);
  });

  it('carries no case history, so the genogram draws no badges', () => {
    const family = supportFamily(members, '2025-03-01', 'Hjemme');
    expect(family.persons.every((p) => p.history.caseCounts.length === 0 && p.history.addressChanges === 0)).toBe(true);
    const genogram = buildGenogram(family, 'da');
    expect(genogram.elements.filter((e) => e.data.kind === 'badge')).toEqual([]);
    expect(genogram.elements.filter((e) => e.data.kind === 'person').map((e) => e.data.id)).toHaveLength(5);
    expect(genogram.households.map((h) => h.id)).toEqual([HOME_ID]);
  });
});
